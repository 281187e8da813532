// The document view: the text with entity mentions and claims highlighted from the API's offsets, and beside it
// every claim with its attribution chain, claimant, cue, certainty, numbers and check-worthiness.
import {get} from './api.js';
import {el, externalLink} from './dom.js';
import {count, day, words} from './format.js';
import {claimCard} from './claims.js';
import {highlightedText, spansOf} from './highlight.js';
import {entityHref} from './routes.js';

/** Renders the document with this id; {@code parameters.claim} selects one of its claims. */
export async function documentView(id, parameters) {
    const [doc, entities, claims] = await Promise.all([
        get(`/documents/${encodeURIComponent(id)}`),
        get(`/documents/${encodeURIComponent(id)}/entities`),
        get(`/documents/${encodeURIComponent(id)}/claims`),
    ]);
    const text = el('div', {class: 'document-text', id: 'document-text'});
    const panel = el('ol', {class: 'claim-list'});
    const select = (claimId) => selectClaim(text, panel, claimId);
    text.append(...highlightedText(doc.text, spansOf(claims, entities), (claimId) => {
        select(claimId);
        panel.querySelector(`[data-claim="${claimId}"]`)?.focus();
    }));
    panel.append(...claims.map((claim) => el('li', {},
        claimCard(claim, {onShow: (claimId) => showInText(text, panel, claimId)}))));
    panel.querySelectorAll('.claim-card').forEach((card) => card.setAttribute('tabindex', '-1'));
    const node = el('article', {class: 'document-view', 'aria-labelledby': 'document-title'},
        el('h1', {id: 'document-title', tabindex: '-1'}, doc.title || 'Untitled document'),
        metadata(doc),
        legend(),
        el('div', {class: 'columns document-columns'},
            el('section', {class: 'document-body', 'aria-label': 'Text'}, text),
            el('aside', {class: 'document-claims', 'aria-labelledby': 'document-claims-heading'},
                el('h2', {id: 'document-claims-heading'}, `Claims (${claims.length})`),
                claims.length === 0 ? el('p', {class: 'muted'}, 'No claim was found in this document.') : panel)),
        el('section', {class: 'document-entities', 'aria-labelledby': 'document-entities-heading'},
            el('h2', {id: 'document-entities-heading'}, `Entities (${entities.length})`),
            el('ul', {class: 'entity-list'}, entities.map((e) => el('li', {},
                el('a', {href: entityHref(e.entityId)}, e.name), ' ',
                el('span', {class: `badge type-${e.type.toLowerCase()}`}, words(e.type)), ' ',
                el('span', {class: 'muted'}, count(e.mentionCount, 'mention')))))));
    const chosen = Number.parseInt(parameters.claim ?? '', 10);
    return {
        title: `${doc.title || 'Untitled document'} – ClaimLens`,
        node,
        // run once the view is on the page, so that scrolling has somewhere to go
        afterShow: Number.isNaN(chosen) ? null : () => showInText(text, panel, chosen),
    };
}

function metadata(doc) {
    const items = [
        ['Source', doc.source],
        ['Author', doc.author],
        ['Published', day(doc.publishedAt)],
        ['Ingested', day(doc.ingestedAt)],
        ['Status', doc.statusReason ? `${words(doc.status)}: ${doc.statusReason}` : words(doc.status)],
        ['Language', doc.language],
        ['Found', `${count(doc.counts.claims, 'claim')}, ${count(doc.counts.entities, 'entity', 'entities')}, `
            + count(doc.counts.mentions, 'mention')],
        ['Original', doc.url ? externalLink(doc.url) : null],
    ].filter(([, value]) => value);
    return el('dl', {class: 'document-meta'}, items.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function legend() {
    return el('p', {class: 'legend'}, 'Highlighted: ',
        el('mark', {class: 'claim'}, 'claim'), ' ', el('span', {class: 'claimant'}, 'claimant'), ' ',
        el('span', {class: 'cue'}, 'cue'), ' ', el('span', {class: 'mention type-person'}, 'person'), ' ',
        el('span', {class: 'mention type-organization'}, 'organisation'), ' ',
        el('span', {class: 'mention type-location'}, 'place'), ' ',
        el('span', {class: 'mention type-misc'}, 'other entity'), '. Select a claim to see its card.');
}

/** Marks one claim as selected, in the text and in the list. */
function selectClaim(text, panel, claimId) {
    for (const node of [...text.querySelectorAll('.selected'), ...panel.querySelectorAll('.selected')]) {
        node.classList.remove('selected');
    }
    text.querySelectorAll(`mark[data-claim="${claimId}"]`).forEach((mark) => mark.classList.add('selected'));
    panel.querySelector(`.claim-card[data-claim="${claimId}"]`)?.classList.add('selected');
}

function showInText(text, panel, claimId) {
    selectClaim(text, panel, claimId);
    text.querySelector(`mark[data-claim="${claimId}"]`)?.scrollIntoView({block: 'center'});
}
