// The page's addresses live in the URL fragment (#/search?q=..., #/document/ID, #/entity/ID) so that every view
// can be bookmarked and the browser's back button works, while the server only serves one static page.

/** The fragment for a view and its parameters; empty parameters are left out. */
export function href(view, id, parameters = {}) {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
        if (value !== null && value !== undefined && value !== '') {
            query.set(name, value);
        }
    }
    const path = id === null || id === undefined ? view : `${view}/${encodeURIComponent(id)}`;
    const text = query.toString();
    return `#/${path}${text ? `?${text}` : ''}`;
}

export const searchHref = (parameters) => href('search', null, parameters);
export const documentHref = (id, claimId) => href('document', id, {claim: claimId});
export const entityHref = (id, parameters) => href('entity', id, parameters);

/** The view, id and parameters of the current fragment; anything unknown is the search view. */
export function currentRoute() {
    const fragment = window.location.hash.replace(/^#\/?/, '');
    const [path, query = ''] = fragment.split('?', 2);
    const [view, id] = path.split('/', 2);
    const parameters = Object.fromEntries(new URLSearchParams(query));
    if ((view === 'document' || view === 'entity') && id) {
        return {view, id: decodeURIComponent(id), parameters};
    }
    return {view: 'search', id: null, parameters};
}
