// Turns a document's text and the API's character offsets (claims, their claimants and cues, entity mentions)
// into marked-up text. Spans may nest or overlap, so the text is cut at every span boundary and each piece is
// wrapped in the spans that cover it.
import {el} from './dom.js';
import {entityHref} from './routes.js';

/** Pieces of text between consecutive span boundaries, each with the spans covering it; bad spans are dropped. */
export function segments(text, spans) {
    const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end)
        && s.start >= 0 && s.end <= text.length && s.start < s.end);
    const cuts = new Set([0, text.length]);
    valid.forEach((s) => {
        cuts.add(s.start);
        cuts.add(s.end);
    });
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i < points.length - 1; i++) {
        const from = points[i];
        const to = points[i + 1];
        pieces.push({from, to, text: text.slice(from, to), spans: valid.filter((s) => s.start < to && s.end > from)});
    }
    return pieces;
}

/** The spans to highlight: every claim's content, claimant and cue, and every entity mention. */
export function spansOf(claims, entities) {
    const spans = [];
    for (const claim of claims) {
        spans.push({kind: 'claim', start: claim.contentStart, end: claim.contentEnd, claim});
        if (claim.claimant) {
            spans.push({kind: 'claimant', start: claim.claimant.start, end: claim.claimant.end, claim});
        }
        if (claim.cue) {
            spans.push({kind: 'cue', start: claim.cue.start, end: claim.cue.end, claim});
        }
    }
    for (const entity of entities) {
        for (const mention of entity.mentions) {
            spans.push({kind: 'mention', start: mention.start, end: mention.end, entity});
        }
    }
    return spans;
}

/** The document text as nodes: mentions link to their entity, claims are marked, claimants and cues styled. */
export function highlightedText(text, spans, onClaim) {
    return segments(text, spans).map((piece) => {
        let node = document.createTextNode(piece.text);
        const mention = piece.spans.find((s) => s.kind === 'mention');
        if (mention) {
            node = el('a', {
                class: `mention type-${mention.entity.type.toLowerCase()}`, href: entityHref(mention.entity.entityId),
                title: `${mention.entity.name} (${mention.entity.type.toLowerCase()})`,
            }, node);
        }
        for (const kind of ['cue', 'claimant']) {
            const span = piece.spans.find((s) => s.kind === kind);
            if (span) {
                node = el('span', {class: kind, 'data-claim': span.claim.id}, node);
            }
        }
        const claim = piece.spans.find((s) => s.kind === 'claim');
        if (claim) {
            node = el('mark', {class: 'claim', 'data-claim': claim.claim.id, onclick: () => onClaim(claim.claim.id)},
                node);
        }
        return node;
    });
}
