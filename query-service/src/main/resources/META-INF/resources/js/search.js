// The search view: entities whose name or alias starts with the words typed, claims matching them, and facets
// (kind, certainty, source, claimant type, entity type) that narrow both lists through the URL.
import {get} from './api.js';
import {el} from './dom.js';
import {count, total, words} from './format.js';
import {claimCard} from './claims.js';
import {entityHref, searchHref} from './routes.js';

const CLAIM_FILTERS = ['kind', 'certainty', 'source', 'claimantType'];
const PAGE_SIZE = 20;

/** Renders the search view for the fragment's parameters into a new element. */
export async function searchView(parameters) {
    const q = parameters.q ?? '';
    const page = Number.parseInt(parameters.page ?? '0', 10) || 0;
    const claimFilter = {q, page, size: PAGE_SIZE};
    CLAIM_FILTERS.forEach((name) => {
        claimFilter[name] = parameters[name];
    });
    const entityFilter = {q: entityPrefix(q), type: parameters.type, size: 10};
    const [claims, claimFacets, entities, entityFacets] = await Promise.all([
        get('/claims', claimFilter),
        get('/facets', {...claimFilter, page: null, size: null}),
        get('/entities', entityFilter),
        get('/entities/facets', {q: entityFilter.q}),
    ]);
    return {
        title: q ? `“${q}” – ClaimLens` : 'ClaimLens',
        node: el('div', {class: 'search-view'},
            el('h1', {tabindex: '-1'}, q ? `Results for “${q}”` : 'Latest claims and most mentioned entities'),
            el('div', {class: 'columns'},
                el('nav', {class: 'facets', 'aria-label': 'Filters'},
                    facet('Kind', 'kind', claimFacets.kinds, parameters),
                    facet('Certainty', 'certainty', claimFacets.certainties, parameters),
                    facet('Source', 'source', claimFacets.sources, parameters),
                    facet('Claimant type', 'claimantType', claimFacets.claimantTypes, parameters),
                    facet('Entity type', 'type', entityFacets.types, parameters)),
                el('div', {class: 'results'},
                    entitySection(entities, entityFacets, parameters),
                    claimSection(claims, parameters)))),
    };
}

/** Entity search takes a name prefix: the typed words without search syntax (quotes, stars, minus signs). */
function entityPrefix(q) {
    return q.replace(/["*]/g, ' ').replace(/(^|\s)-\S*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** One facet: each value links to the same search with that value set, or unset when it is the active one. */
function facet(label, name, counts, parameters) {
    const active = parameters[name];
    const heading = `facet-${name}`;
    return el('section', {class: 'facet', 'aria-labelledby': heading},
        el('h2', {id: heading}, label),
        counts.length === 0 ? el('p', {class: 'muted'}, 'none') : el('ul', {},
            counts.map((c) => {
                const selected = active !== undefined && active.toUpperCase() === c.value.toUpperCase();
                const text = name === 'source' ? c.value : words(c.value);
                return el('li', {}, el('a', {
                    href: searchHref({...parameters, page: null, [name]: selected ? null : c.value}),
                    'aria-current': selected ? 'true' : null,
                    class: selected ? 'facet-value selected' : 'facet-value',
                }, el('span', {class: 'facet-label'}, text), ' ', el('span', {class: 'facet-count'}, String(c.count)),
                selected ? el('span', {class: 'visually-hidden'}, ' (selected, select to remove)') : null));
            })));
}

function entitySection(entities, facets, parameters) {
    return el('section', {class: 'entity-results', 'aria-labelledby': 'entities-heading'},
        el('h2', {id: 'entities-heading'}, `Entities (${entities.total}${parameters.type
            ? ` ${words(parameters.type)}` : ''} of ${facets.total})`),
        entities.items.length === 0 ? el('p', {class: 'muted'}, 'No entity starts with these words.')
            : el('ul', {class: 'entity-list'}, entities.items.map((e) => el('li', {},
                el('a', {href: entityHref(e.id)}, e.name),
                ' ', el('span', {class: `badge type-${e.type.toLowerCase()}`}, words(e.type)),
                ' ', el('span', {class: 'muted'}, `${count(e.mentionCount, 'mention')} in ${count(e.documentCount,
                    'document')}`),
                e.aliases.length > 0 ? el('span', {class: 'aliases'}, ` also ${e.aliases.join(', ')}`) : null))));
}

/** Past a total the API counted only up to, pages go on as long as they come back full. */
function claimSection(claims, parameters) {
    const counted = Math.max(0, Math.ceil(claims.total / claims.size) - 1);
    const last = claims.totalExact === false && claims.items.length === claims.size
        ? Math.max(counted, claims.page + 1) : counted;
    const pages = claims.totalExact === false ? `${last + 1}+` : `${last + 1}`;
    return el('section', {class: 'claim-results', 'aria-labelledby': 'claims-heading'},
        el('h2', {id: 'claims-heading'}, `Claims (${total(claims)})`),
        claims.items.length === 0 ? el('p', {class: 'muted'}, 'No claim matches.')
            : el('ol', {class: 'claim-list', start: claims.page * claims.size + 1},
                claims.items.map((claim) => el('li', {}, claimCard(claim)))),
        claims.total > claims.size ? el('nav', {class: 'pager', 'aria-label': 'Claim pages'},
            claims.page > 0 ? el('a', {href: searchHref({...parameters, page: claims.page - 1}), rel: 'prev'},
                'Previous') : null,
            el('span', {}, ` page ${claims.page + 1} of ${pages} `),
            claims.page < last ? el('a', {href: searchHref({...parameters, page: claims.page + 1}), rel: 'next'},
                'Next') : null) : null);
}
