package org.claimlens.query.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.claimlens.query.api.ClaimDetail;
import org.claimlens.query.api.ClaimFilter;
import org.claimlens.query.api.ClaimSample;
import org.claimlens.query.api.DocumentClaim;
import org.claimlens.query.api.Page;
import org.claimlens.query.api.PageRequest;

/** Reads claims: per document in text order, one by id, searched by filters, and sampled for an entity. */
@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, Long> {

    /** Bounds the per-document list; the extractor yields a few dozen claims for a long article. */
    static final int MAX_PER_DOCUMENT = 1_000;

    private static final String NEWEST_FIRST = "d.ingested_at DESC, c.document_id, c.content_start, c.id";
    private static final String WITH_DOCUMENT = "claim c JOIN document d ON d.id = c.document_id";
    /** The listing when the conditions read only the claim, and when they read its document too. */
    private static final BoundedListing CLAIMS = listing("claim c");
    private static final BoundedListing DOCUMENT_CLAIMS = listing(WITH_DOCUMENT);

    public List<DocumentClaim> forDocument(UUID documentId) {
        List<Claim> claims = getEntityManager().createQuery("select c from Claim c left join fetch c.claimantEntity "
                        + "where c.document.id = :id order by c.contentStart, c.ordinal", Claim.class)
                .setParameter("id", documentId)
                .setMaxResults(MAX_PER_DOCUMENT)
                .getResultList();
        Map<Long, ClaimParts> parts = ClaimParts.load(getEntityManager(), claims.stream().map(Claim::getId).toList());
        return claims.stream()
                .map(c -> ClaimMapper.toDocumentClaim(c, parts.getOrDefault(c.getId(), ClaimParts.NONE)))
                .toList();
    }

    public Optional<ClaimDetail> findDetail(long id) {
        return details(List.of(id)).stream().findFirst();
    }

    /**
     * Newest documents first, then text order; full-text and entity conditions are native SQL on purpose. The
     * total is exact up to {@link BoundedListing#EXACT_TOTAL_LIMIT} matches (see there).
     */
    public Page<ClaimDetail> search(ClaimFilter filter, PageRequest page) {
        return page(listing(filter), ClaimConditions.of(filter), page);
    }

    /** How a filtered claim list is paged: matches are found on the claim alone unless the filter reads d. */
    static BoundedListing listing(ClaimFilter filter) {
        return ClaimConditions.readDocument(filter) ? DOCUMENT_CLAIMS : CLAIMS;
    }

    /** The newest claims made by the entity, and how many it made (exactly up to the listing's limit). */
    public ClaimSample madeBy(long entityId, int limit) {
        return sample(new Conditions().add("c.claimant_entity_id = :entity", "entity", entityId), limit);
    }

    /** The newest claims about the entity (named in their content, not as claimant), and how many there are. */
    public ClaimSample about(long entityId, int limit) {
        return sample(new Conditions().add(SearchSql.claimAbout("entity"), "entity", entityId), limit);
    }

    private ClaimSample sample(Conditions conditions, int limit) {
        Page<ClaimDetail> first = page(CLAIMS, conditions, new PageRequest(0, limit));
        return new ClaimSample(first.items(), first.total(), first.totalExact());
    }

    private Page<ClaimDetail> page(BoundedListing listing, Conditions conditions, PageRequest page) {
        return listing.page(getEntityManager(), conditions, page, id -> ((Number) id).longValue(), this::details);
    }

    /** Matches keep their place in the order; the document's ingestion time is looked up only to sort them. */
    private static BoundedListing listing(String matchFrom) {
        return new BoundedListing("c", "c.id, c.document_id, c.content_start", matchFrom,
                "matches c JOIN document d ON d.id = c.document_id", WITH_DOCUMENT, NEWEST_FIRST);
    }

    /** The claims with these ids, in the order of the ids. */
    private List<ClaimDetail> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ClaimParts> parts = ClaimParts.load(getEntityManager(), ids);
        Map<Long, ClaimDetail> byId = getEntityManager().createQuery("select c, d.title from Claim c "
                        + "join c.document d left join fetch c.claimantEntity where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> ClaimMapper.toDetail((Claim) row[0], (String) row[1],
                        parts.getOrDefault(((Claim) row[0]).getId(), ClaimParts.NONE)))
                .collect(Collectors.toMap(ClaimDetail::id, claim -> claim));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
