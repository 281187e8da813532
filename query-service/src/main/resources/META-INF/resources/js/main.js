// Starts the page: reads the URL fragment, renders the matching view into <main>, and keeps the search box, the
// window title and the keyboard focus in step with it.
import {el} from './dom.js';
import {currentRoute, searchHref} from './routes.js';
import {searchView} from './search.js';
import {documentView} from './document.js';
import {entityView} from './entity.js';

const main = document.getElementById('main');
const status = document.getElementById('status');
const input = document.getElementById('search-input');
let navigation = 0;

async function show() {
    const current = ++navigation;
    const route = currentRoute();
    status.textContent = 'Loading…';
    main.setAttribute('aria-busy', 'true');
    if (route.view === 'search') {
        input.value = route.parameters.q ?? '';
    }
    try {
        const view = await render(route);
        if (current !== navigation) {
            return; // a later navigation already replaced this one
        }
        document.title = view.title;
        main.replaceChildren(view.node);
        status.textContent = '';
        view.afterShow?.();
        if (!view.afterShow) {
            main.querySelector('h1')?.focus({preventScroll: true});
        }
    } catch (e) {
        if (current === navigation) {
            document.title = 'Error – ClaimLens';
            main.replaceChildren(el('h1', {tabindex: '-1'}, 'Something went wrong'),
                el('p', {class: 'error'}, e.field ? `${e.message} (parameter “${e.field}”)` : e.message));
            status.textContent = '';
        }
    } finally {
        if (current === navigation) {
            main.removeAttribute('aria-busy');
        }
    }
}

function render(route) {
    switch (route.view) {
        case 'document':
            return documentView(route.id, route.parameters);
        case 'entity':
            return entityView(route.id, route.parameters);
        default:
            return searchView(route.parameters);
    }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const target = searchHref({q: input.value.trim()});
    if (window.location.hash === target) {
        show();
    } else {
        window.location.hash = target;
    }
});
window.addEventListener('hashchange', show);
show();
