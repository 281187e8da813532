// The entity page: names and descriptors, how often and since when it is mentioned, a timeline, the entities it
// appears with, the claims it made and the claims about it, and the documents naming it.
import {get} from './api.js';
import {el} from './dom.js';
import {count, day, total, words} from './format.js';
import {claimCard} from './claims.js';
import {timelineChart} from './timeline.js';
import {documentHref, entityHref} from './routes.js';

/** Renders the entity with this id; {@code parameters.interval} is day (default) or week for the timeline. */
export async function entityView(id, parameters) {
    const interval = parameters.interval === 'week' ? 'week' : 'day';
    const [entity, timeline] = await Promise.all([
        get(`/entities/${encodeURIComponent(id)}`),
        get('/timeline', {entity: id, interval}),
    ]);
    return {
        title: `${entity.name} – ClaimLens`,
        node: el('article', {class: 'entity-view', 'aria-labelledby': 'entity-name'},
            el('h1', {id: 'entity-name', tabindex: '-1'}, entity.name, ' ',
                el('span', {class: `badge type-${entity.type.toLowerCase()}`}, words(entity.type))),
            el('dl', {class: 'entity-meta'},
                el('dt', {}, 'Also called'), el('dd', {}, entity.aliases.length > 0 ? entity.aliases.join(', ') : '—'),
                el('dt', {}, 'Described as'), el('dd', {}, entity.descriptors.length === 0 ? '—'
                    : el('ul', {class: 'inline-list descriptors'}, entity.descriptors.map((d) => el('li', {},
                        `${d.text} (${count(d.documentCount, 'document')})`)))),
                el('dt', {}, 'Seen'), el('dd', {}, `${count(entity.mentionCount, 'mention')} in `
                    + `${count(entity.documentCount, 'document')}, ${count(entity.claimCount, 'claim')} made`
                    + (entity.firstSeen ? `, from ${day(entity.firstSeen)} to ${day(entity.lastSeen)}` : ''))),
            el('section', {'aria-labelledby': 'timeline-heading'},
                el('h2', {id: 'timeline-heading'}, 'Timeline'),
                el('p', {class: 'interval'}, 'Per ',
                    intervalLink(id, 'day', interval), ' · ', intervalLink(id, 'week', interval)),
                timelineChart(timeline, `Timeline of ${entity.name}`)),
            el('div', {class: 'columns'},
                el('section', {class: 'co-occurring', 'aria-labelledby': 'co-heading'},
                    el('h2', {id: 'co-heading'}, 'Appears with'),
                    entity.coOccurring.length === 0 ? el('p', {class: 'muted'}, 'No other entity.')
                        : el('ol', {class: 'entity-list'}, entity.coOccurring.map((o) => el('li', {},
                            el('a', {href: entityHref(o.entityId)}, o.name), ' ',
                            el('span', {class: `badge type-${o.type.toLowerCase()}`}, words(o.type)), ' ',
                            el('span', {class: 'muted'}, `in ${count(o.sharedDocuments, 'shared document')}`))))),
                el('section', {class: 'entity-documents', 'aria-labelledby': 'documents-heading'},
                    el('h2', {id: 'documents-heading'}, 'Documents'),
                    el('ul', {}, entity.documents.map((d) => el('li', {},
                        el('a', {href: documentHref(d.id)}, d.title || 'Untitled document'), ' ',
                        el('span', {class: 'muted'}, `${d.source ?? ''} ${day(d.publishedAt ?? d.ingestedAt)}, `
                            + count(d.mentionCount, 'mention'))))))),
            claimSample('claims-by', `Claims by ${entity.name}`, entity.claimsBy),
            claimSample('claims-about', `Claims about ${entity.name}`, entity.claimsAbout)),
    };
}

function intervalLink(id, value, current) {
    return el('a', {href: entityHref(id, {interval: value}), 'aria-current': value === current ? 'true' : null},
        value);
}

function claimSample(key, heading, sample) {
    return el('section', {class: key, 'aria-labelledby': `${key}-heading`},
        el('h2', {id: `${key}-heading`}, `${heading} (${total(sample)})`),
        sample.items.length === 0 ? el('p', {class: 'muted'}, 'None.')
            : el('ol', {class: 'claim-list'}, sample.items.map((claim) => el('li', {}, claimCard(claim)))),
        sample.total > sample.items.length ? el('p', {class: 'muted'},
            `Showing the ${sample.items.length} newest.`) : null);
}
