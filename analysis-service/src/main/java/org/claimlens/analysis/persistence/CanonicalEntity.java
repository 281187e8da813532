package org.claimlens.analysis.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One real-world entity across all documents, identified by its type and normalised key. */
@Entity
@Table(name = "entity")
public class CanonicalEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String type;

    @Column(name = "canonical_key")
    public String canonicalKey;

    public String name;
}
