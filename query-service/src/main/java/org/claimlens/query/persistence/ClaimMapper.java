package org.claimlens.query.persistence;

import org.claimlens.query.api.Certainty;
import org.claimlens.query.api.CheckWorthiness;
import org.claimlens.query.api.ClaimDetail;
import org.claimlens.query.api.ClaimTime;
import org.claimlens.query.api.Claimant;
import org.claimlens.query.api.Cue;
import org.claimlens.query.api.DocumentClaim;

/** Turns a stored claim into the response records; claimant and cue become null where the text names none. */
final class ClaimMapper {

    private ClaimMapper() {
    }

    static DocumentClaim toDocumentClaim(Claim c, ClaimParts parts) {
        return new DocumentClaim(c.getId(), c.getKind(), c.getContent(), c.getContentStart(), c.getContentEnd(),
                claimant(c), cue(c), c.getSentenceIndex(), c.getExtractorVersion(), certainty(c),
                checkWorthiness(c), parts.chain(), parts.quantities(), parts.about(), time(c));
    }

    static ClaimDetail toDetail(Claim c, String documentTitle, ClaimParts parts) {
        return new ClaimDetail(c.getId(), c.getDocument().getId(), documentTitle, c.getKind(), c.getContent(),
                c.getContentStart(), c.getContentEnd(), claimant(c), cue(c), c.getSentenceIndex(),
                c.getExtractorVersion(), certainty(c), checkWorthiness(c), parts.chain(), parts.quantities(),
                parts.about(), time(c));
    }

    private static Certainty certainty(Claim c) {
        return c.getCertainty() == null ? null
                : new Certainty(c.getCertainty(), c.getCertaintyScore(), c.getCertaintyCue());
    }

    private static CheckWorthiness checkWorthiness(Claim c) {
        return c.getCheckWorthiness() == null ? null
                : new CheckWorthiness(c.getCheckWorthiness(), Boolean.TRUE.equals(c.getCheckWorthy()));
    }

    private static ClaimTime time(Claim c) {
        return c.getTimeExpression() == null ? null : new ClaimTime(c.getTimeExpression(), c.getTimeStart(),
                c.getTimeEnd(), c.getTimeFrom(), c.getTimeTo(), c.getTimeGranularity());
    }

    private static Claimant claimant(Claim c) {
        if (c.getClaimant() == null) {
            return null;
        }
        CanonicalEntity entity = c.getClaimantEntity();
        return new Claimant(c.getClaimant(), c.getClaimantStart(), c.getClaimantEnd(),
                entity == null ? null : entity.getId(), entity == null ? null : entity.getName());
    }

    private static Cue cue(Claim c) {
        return c.getCue() == null ? null : new Cue(c.getCue(), c.getCueStart(), c.getCueEnd());
    }
}
