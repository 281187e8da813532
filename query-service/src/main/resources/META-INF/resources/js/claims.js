// One claim as a card: what is claimed, through whom it reaches the reader, how firmly, whether it is worth
// checking, the numbers it states, and where else the same assertion appears.
import {get} from './api.js';
import {el} from './dom.js';
import {count, day, score, words} from './format.js';
import {documentHref, entityHref} from './routes.js';

/**
 * A card for a claim from the API. With {@code documentId}/{@code documentTitle} on the claim it links to the
 * document; {@code onShow} adds a button that shows the claim in the text beside it.
 */
export function claimCard(claim, {onShow} = {}) {
    return el('article', {class: 'claim-card', id: `claim-card-${claim.id}`, 'data-claim': claim.id,
        'aria-labelledby': `claim-text-${claim.id}`},
    el('blockquote', {class: 'claim-text', id: `claim-text-${claim.id}`}, claim.content),
    chain(claim),
    facts(claim),
    claim.documentId
        ? el('p', {class: 'claim-document'}, 'In ',
            el('a', {href: documentHref(claim.documentId, claim.id)}, claim.documentTitle || 'untitled document'))
        : null,
    el('div', {class: 'claim-actions'},
        onShow ? el('button', {type: 'button', onclick: () => onShow(claim.id)}, 'Show in text') : null,
        similarButton(claim)));
}

/** The attribution chain, outermost first: author → outlet → speaker; the last link is the claimant. */
function chain(claim) {
    if (!claim.chain || claim.chain.length === 0) {
        return null;
    }
    return el('ol', {class: 'chain', 'aria-label': 'Attribution chain, outermost first'},
        claim.chain.map((link) => el('li', {class: `chain-link role-${link.role.toLowerCase()}`},
            el('span', {class: 'role'}, words(link.role)), ' ',
            link.entityId ? el('a', {href: entityHref(link.entityId)}, link.name) : el('span', {}, link.name),
            link.cue ? el('span', {class: 'chain-cue'}, ` (${link.cue})`) : null)));
}

function facts(claim) {
    const rows = [
        ['Claimant', claim.claimant ? claimant(claim.claimant) : 'not named'],
        ['Cue', claim.cue ? claim.cue.text : 'none'],
        ['Kind', words(claim.kind)],
        ['Certainty', claim.certainty
            ? `${words(claim.certainty.level)} (${score(claim.certainty.score)}${claim.certainty.cue
                ? `, “${claim.certainty.cue}”` : ''})`
            : 'not rated'],
        ['Check-worthiness', claim.checkWorthiness
            ? `${score(claim.checkWorthiness.score)}${claim.checkWorthiness.checkWorthy ? ', check-worthy' : ''}`
            : 'not rated'],
    ];
    if (claim.quantities && claim.quantities.length > 0) {
        rows.push(['Numbers', el('ul', {class: 'inline-list'}, claim.quantities.map((q) => el('li', {},
            `${q.text} = ${q.value}${q.upperValue !== null && q.upperValue !== undefined ? `–${q.upperValue}` : ''}`
            + ` (${words(q.approximation)}${q.unit ? `, ${q.unit}` : ''})`)))]);
    }
    if (claim.about && claim.about.length > 0) {
        rows.push(['About', el('ul', {class: 'inline-list'}, claim.about.map((e) => el('li', {},
            el('a', {href: entityHref(e.id)}, e.name))))]);
    }
    return el('dl', {class: 'claim-facts'}, rows.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function claimant(who) {
    if (who.entityId) {
        return el('a', {href: entityHref(who.entityId)}, who.text);
    }
    return who.text;
}

/** "Where else?": claims in other documents with trigram-similar content, and which document carried it first. */
function similarButton(claim) {
    const region = el('div', {class: 'similar', 'aria-live': 'polite'});
    const button = el('button', {type: 'button', 'aria-expanded': 'false', onclick: async () => {
        if (button.getAttribute('aria-expanded') === 'true') {
            region.replaceChildren();
            button.setAttribute('aria-expanded', 'false');
            return;
        }
        button.setAttribute('aria-expanded', 'true');
        region.replaceChildren(el('p', {}, 'Looking for the same claim elsewhere…'));
        try {
            region.replaceChildren(...similarList(await get(`/claims/${claim.id}/similar`)));
        } catch (e) {
            region.replaceChildren(el('p', {class: 'error'}, `Could not load similar claims: ${e.message}`));
        }
    }}, 'Where else?');
    return [button, region];
}

function similarList(result) {
    if (result.items.length === 0) {
        return [el('p', {}, 'No similar claim in other documents.')];
    }
    const first = result.firstCarriedBy;
    return [
        el('p', {}, `${count(result.items.length, 'similar claim')} elsewhere. First carried by `,
            el('a', {href: documentHref(first.id)}, first.title || 'untitled document'),
            ` (${first.source ?? 'unknown source'}, ${day(first.publishedAt ?? first.ingestedAt)}).`),
        el('ul', {class: 'similar-list'}, result.items.map((item) => el('li', {},
            el('q', {}, item.content), ' — ',
            el('a', {href: documentHref(item.document.id, item.id)}, item.document.title || 'untitled document'),
            ` (${item.document.source ?? 'unknown source'}, ${day(item.document.publishedAt
                ?? item.document.ingestedAt)}; similarity ${score(item.similarity)})`))),
    ];
}
