package org.claimlens.analysis.persistence;

import java.util.Map;
import org.claimlens.analysis.extraction.Certainty;
import org.claimlens.analysis.extraction.ChainLink;
import org.claimlens.analysis.extraction.CheckWorthinessScore;
import org.claimlens.analysis.extraction.Claim;
import org.claimlens.analysis.extraction.Quantity;

/** Copies a claim's certainty, check-worthiness, numbers, attribution chain and entities onto its row. */
final class ClaimDetailsRows {

    private ClaimDetailsRows() {
    }

    static void fill(StoredClaim row, Claim claim, Map<String, Long> entityIds) {
        Certainty certainty = claim.certainty();
        if (certainty != null) {
            row.certainty = certainty.level().name();
            row.certaintyScore = certainty.score();
            row.certaintyCue = certainty.cue() == null ? null : certainty.cue().text();
        }
        CheckWorthinessScore worthiness = claim.checkWorthiness();
        if (worthiness != null) {
            row.checkWorthiness = worthiness.score();
            row.checkWorthy = worthiness.checkWorthy();
        }
        for (Quantity q : claim.quantities()) {
            row.quantities.add(quantity(q));
        }
        for (ChainLink link : claim.chain()) {
            row.chain.add(source(link, entityIds));
        }
        for (String key : claim.aboutEntityKeys()) {
            Long id = entityIds.get(key);
            if (id != null) {
                row.aboutEntityIds.add(id);
            }
        }
    }

    private static StoredQuantity quantity(Quantity q) {
        StoredQuantity row = new StoredQuantity();
        row.text = q.span().text();
        row.startOffset = q.span().start();
        row.endOffset = q.span().end();
        row.value = q.value();
        row.upperValue = q.upperValue();
        row.approximation = q.approximation().name();
        row.unit = q.unit();
        return row;
    }

    private static StoredSource source(ChainLink link, Map<String, Long> entityIds) {
        StoredSource row = new StoredSource();
        row.role = link.role().name();
        row.name = link.name();
        if (link.span() != null) {
            row.startOffset = link.span().start();
            row.endOffset = link.span().end();
        }
        row.entityId = link.entityKey() == null ? null : entityIds.get(link.entityKey());
        row.cue = link.cue() == null ? null : link.cue().text();
        return row;
    }
}
