package org.claimlens.query.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.ExportedClaim;

/** Reads claims matching a filter as flat export rows in one query, newest documents first. */
@ApplicationScoped
public class ClaimExportRepository {

    public static final int MAX_ROWS = 10_000;

    private final EntityManager entityManager;

    public ClaimExportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    public List<ExportedClaim> export(ClaimFilter filter, int limit) {
        Conditions conditions = ClaimConditions.of(filter);
        List<Object[]> rows = conditions.bind(entityManager.createNativeQuery("SELECT c.id, c.kind, c.content, "
                        + "c.claimant, ce.id AS entity_id, ce.name, ce.type, d.id AS document_id, d.title, d.url, "
                        + "d.source, d.author, d.published_at, d.ingested_at FROM claim c "
                        + "JOIN document d ON d.id = c.document_id LEFT JOIN entity ce ON ce.id = c.claimant_entity_id"
                        + conditions.where() + " ORDER BY d.ingested_at DESC, c.document_id, c.content_start, c.id"))
                .setMaxResults(Math.min(limit, MAX_ROWS))
                .getResultList();
        return rows.stream().map(r -> new ExportedClaim(Rows.longAt(r, 0), (String) r[1], (String) r[2],
                (String) r[3], r[4] == null ? null : Rows.longAt(r, 4), (String) r[5], (String) r[6], (UUID) r[7],
                (String) r[8], (String) r[9], (String) r[10], (String) r[11], Rows.instantAt(r, 12),
                Rows.instantAt(r, 13))).toList();
    }
}
