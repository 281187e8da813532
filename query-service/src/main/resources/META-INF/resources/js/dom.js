// Builds the page without ever parsing markup: every string becomes a text node or an attribute value, so text
// from documents (titles, bodies, claims) can never turn into elements or scripts.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes (on* names add listeners) and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
    return build(document.createElement(tag), attributes, children);
}

/** An SVG element, built the same way. */
export function svg(tag, attributes = {}, ...children) {
    return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** Appends children, skipping null, undefined and false; nested arrays are flattened. */
export function append(node, ...children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
}

/** A link for a URL taken from a document: only http(s) becomes a link, anything else stays text. */
export function externalLink(url, label) {
    try {
        const parsed = new URL(url);
        if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
            return el('a', {href: parsed.href, rel: 'noopener noreferrer nofollow'}, label ?? parsed.href);
        }
    } catch (e) {
        // not a URL: shown as text below
    }
    return el('span', {}, label ?? url);
}

function build(node, attributes, children) {
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on')) {
            node.addEventListener(name.slice(2), value);
        } else {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    return append(node, children);
}
