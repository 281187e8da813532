package org.claimlens.query.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/** One real-world entity across documents (table {@code entity}), with the other names it goes by. */
@Entity
@Immutable
@Table(name = "entity")
public class CanonicalEntity {

    @Id
    private Long id;
    private String type;
    private String name;
    @Immutable
    @ElementCollection
    @CollectionTable(name = "entity_alias", joinColumns = @JoinColumn(name = "entity_id"))
    @Column(name = "alias")
    private Set<String> aliases;

    protected CanonicalEntity() {
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public Set<String> getAliases() {
        return aliases;
    }
}
