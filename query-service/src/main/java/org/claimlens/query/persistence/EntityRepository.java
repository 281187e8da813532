package org.claimlens.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.claimlens.query.api.ClaimSample;
import org.claimlens.query.api.CoOccurrence;
import org.claimlens.query.api.EntityDescriptor;
import org.claimlens.query.api.EntityDetail;
import org.claimlens.query.api.EntityDocument;
import org.claimlens.query.api.EntityFacets;
import org.claimlens.query.api.EntityFilter;
import org.claimlens.query.api.EntitySort;
import org.claimlens.query.api.EntitySummary;
import org.claimlens.query.api.FacetCount;
import org.claimlens.query.api.Page;
import org.claimlens.query.api.PageRequest;

/** Reads canonical entities: prefix search over names and aliases, and one entity with where it was seen. */
@ApplicationScoped
public class EntityRepository implements PanacheRepositoryBase<CanonicalEntity, Long> {

    /** How many of an entity's documents its detail lists, most recent first. */
    static final int MAX_DOCUMENTS = 50;
    static final int MAX_DESCRIPTORS = 20;
    static final int MAX_CO_OCCURRING = 10;
    static final int MAX_CLAIMS = 20;

    /**
     * One statement for a page: the counts, the aliases (evaluated for the page's rows only, after the sort) and
     * the total (a window over the matches, which the sort by counts reads anyway).
     */
    static final String SUMMARY_ROWS = "SELECT e.id, e.name, e.type, "
            + "(SELECT count(DISTINCT m.document_id) FROM mention m WHERE m.entity_id = e.id) AS document_count, "
            + "(SELECT count(*) FROM mention m WHERE m.entity_id = e.id) AS mention_count, "
            + "ARRAY(SELECT a.alias FROM entity_alias a WHERE a.entity_id = e.id ORDER BY a.alias) AS aliases, "
            + "count(*) OVER () AS total FROM entity e";

    private final ClaimRepository claims;

    public EntityRepository(ClaimRepository claims) {
        this.claims = claims;
    }

    @SuppressWarnings("unchecked")
    public Page<EntitySummary> search(EntityFilter filter, PageRequest page) {
        Conditions conditions = searchConditions(filter);
        List<Object[]> rows = conditions.bind(getEntityManager().createNativeQuery(searchSql(filter, conditions)))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        List<EntitySummary> items = rows.stream()
                .map(r -> new EntitySummary(id(r), (String) r[1], (String) r[2], aliases(r[5]),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
                .toList();
        long total = rows.isEmpty() ? count(conditions) : ((Number) rows.get(0)[6]).longValue();
        return page.of(items, total);
    }

    /** Entities matching the prefix by type; the type filter is left out so that every type keeps its count. */
    @SuppressWarnings("unchecked")
    public EntityFacets facets(String prefix) {
        Conditions conditions = prefix(prefix);
        List<Object[]> rows = conditions.bind(getEntityManager().createNativeQuery("SELECT e.type, count(*) "
                        + "FROM entity e" + conditions.where() + " GROUP BY 1 ORDER BY 2 DESC, 1"))
                .getResultList();
        List<FacetCount> types = rows.stream().map(r -> new FacetCount((String) r[0], Rows.longAt(r, 1))).toList();
        return new EntityFacets(types.stream().mapToLong(FacetCount::count).sum(), types);
    }

    public Optional<EntityDetail> findDetail(long id) {
        return findByIdOptional(id).map(entity -> {
            ClaimSample claimsBy = claims.madeBy(id, MAX_CLAIMS);
            Object[] seen = getEntityManager().createQuery("select count(distinct d.id), count(m), "
                            + "min(coalesce(d.publishedAt, d.ingestedAt)), max(coalesce(d.publishedAt, d.ingestedAt)) "
                            + "from Mention m join m.document d where m.entity.id = :id", Object[].class)
                    .setParameter("id", id)
                    .getSingleResult();
            return new EntityDetail(entity.getId(), entity.getName(), entity.getType(),
                    entity.getAliases().stream().sorted().toList(), descriptorsOf(id),
                    (Long) seen[0], (Long) seen[1], claimsBy.total(), Rows.instantAt(seen, 2), Rows.instantAt(seen, 3),
                    documentsOf(id), coOccurring(id), claimsBy, claims.about(id, MAX_CLAIMS));
        });
    }

    static Conditions searchConditions(EntityFilter filter) {
        return prefix(filter.prefix())
                .add("e.type = :type", "type", filter.type() == null ? null : filter.type().name());
    }

    static String searchSql(EntityFilter filter, Conditions conditions) {
        return SUMMARY_ROWS + conditions.where() + " ORDER BY " + orderBy(filter.sort());
    }

    private static Conditions prefix(String prefix) {
        return new Conditions().add(SearchSql.ENTITY_NAME_OR_ALIAS_LIKE, "prefix",
                prefix == null ? null : SearchSql.startsWith(prefix));
    }

    private static String orderBy(EntitySort sort) {
        return switch (sort) {
            case MENTIONS -> "mention_count DESC, e.name, e.id";
            case DOCUMENTS -> "document_count DESC, mention_count DESC, e.name, e.id";
            case NAME -> "fold_name(e.name), e.name, e.id";
        };
    }

    /** Entities named in the most of this entity's documents; its documents are found once, then their mentions. */
    @SuppressWarnings("unchecked")
    private List<CoOccurrence> coOccurring(long id) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        WITH docs AS (SELECT DISTINCT document_id FROM mention WHERE entity_id = :id)
                        SELECT e.id, e.name, e.type, count(DISTINCT o.document_id) AS shared
                        FROM docs JOIN mention o ON o.document_id = docs.document_id
                        JOIN entity e ON e.id = o.entity_id
                        WHERE o.entity_id <> :id
                        GROUP BY e.id, e.name, e.type
                        ORDER BY shared DESC, e.name, e.id LIMIT :limit""")
                .setParameter("id", id)
                .setParameter("limit", MAX_CO_OCCURRING)
                .getResultList();
        return rows.stream().map(r -> new CoOccurrence(Rows.longAt(r, 0), (String) r[1], (String) r[2],
                Rows.longAt(r, 3))).toList();
    }

    /** Most frequent first; descriptors differing only in case or a leading article count as one. */
    @SuppressWarnings("unchecked")
    private List<EntityDescriptor> descriptorsOf(long id) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT min(descriptor), count(DISTINCT document_id) FROM entity_descriptor
                        WHERE entity_id = :id
                        GROUP BY lower(regexp_replace(descriptor, '^(the|a|an) ', '', 'i'))
                        ORDER BY 2 DESC, 1 LIMIT :limit""")
                .setParameter("id", id)
                .setParameter("limit", MAX_DESCRIPTORS)
                .getResultList();
        return rows.stream().map(r -> new EntityDescriptor((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private List<EntityDocument> documentsOf(long id) {
        return getEntityManager().createQuery("select new org.claimlens.query.api.EntityDocument("
                        + "d.id, d.title, d.source, d.publishedAt, d.ingestedAt, count(m)) "
                        + "from Mention m join m.document d where m.entity.id = :id "
                        + "group by d.id, d.title, d.source, d.publishedAt, d.ingestedAt "
                        + "order by coalesce(d.publishedAt, d.ingestedAt) desc, d.id", EntityDocument.class)
                .setParameter("id", id)
                .setMaxResults(MAX_DOCUMENTS)
                .getResultList();
    }

    /** Only asked for a page past the end (or of no matches), which carries no total of its own. */
    private long count(Conditions conditions) {
        return ((Number) conditions.bind(getEntityManager().createNativeQuery("SELECT count(*) FROM entity e"
                + conditions.where())).getSingleResult()).longValue();
    }

    private static List<String> aliases(Object array) {
        return array instanceof String[] names ? List.of(names) : Arrays.stream((Object[]) array)
                .map(String.class::cast).toList();
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }
}
