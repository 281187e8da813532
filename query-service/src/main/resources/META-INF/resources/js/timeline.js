// The timeline chart: documents and claims per day or week as grouped bars in inline SVG, drawn here from the
// API's buckets, with the same numbers as a table for screen readers and keyboard users.
import {el, svg} from './dom.js';
import {day} from './format.js';

const WIDTH = 720;
const HEIGHT = 200;
const MARGIN = {top: 12, right: 12, bottom: 28, left: 40};

/** A chart and table for a timeline from {@code GET /timeline}, or a note when it has no bucket. */
export function timelineChart(timeline, label) {
    const buckets = timeline.buckets;
    if (buckets.length === 0) {
        return el('p', {class: 'muted'}, 'No dated documents.');
    }
    const max = Math.max(1, ...buckets.map((b) => Math.max(b.documents, b.claims)));
    const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const slot = plotWidth / buckets.length;
    const bar = Math.max(1, Math.min(24, slot / 2 - 1));
    const y = (value) => MARGIN.top + plotHeight - (value / max) * plotHeight;
    const bars = buckets.map((b, i) => {
        const x = MARGIN.left + i * slot + (slot - 2 * bar) / 2;
        const tip = `${timeline.interval === 'week' ? 'Week of ' : ''}${day(b.start)}: ${b.documents} documents, `
            + `${b.claims} claims, ${b.mentions} mentions`;
        return svg('g', {class: 'bucket'},
            svg('title', {}, tip),
            svg('rect', {class: 'bar-documents', x, y: y(b.documents), width: bar,
                height: Math.max(0, y(0) - y(b.documents))}),
            svg('rect', {class: 'bar-claims', x: x + bar, y: y(b.claims), width: bar,
                height: Math.max(0, y(0) - y(b.claims))}));
    });
    const chart = svg('svg', {class: 'timeline-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
        'aria-label': `${label}: documents and claims per ${timeline.interval}, from ${day(buckets[0].start)} to `
            + `${day(buckets[buckets.length - 1].start)}, at most ${max} in one ${timeline.interval}`},
    svg('line', {class: 'axis', x1: MARGIN.left, y1: y(0), x2: WIDTH - MARGIN.right, y2: y(0)}),
    svg('line', {class: 'axis', x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: y(0)}),
    svg('text', {class: 'tick', x: MARGIN.left - 6, y: y(max) + 4, 'text-anchor': 'end'}, String(max)),
    svg('text', {class: 'tick', x: MARGIN.left - 6, y: y(0), 'text-anchor': 'end'}, '0'),
    svg('text', {class: 'tick', x: MARGIN.left, y: HEIGHT - 8}, day(buckets[0].start)),
    svg('text', {class: 'tick', x: WIDTH - MARGIN.right, y: HEIGHT - 8, 'text-anchor': 'end'},
        day(buckets[buckets.length - 1].start)),
    bars);
    return el('figure', {class: 'timeline'},
        chart,
        el('figcaption', {},
            el('span', {class: 'key key-documents'}, 'documents'), ' ', el('span', {class: 'key key-claims'}, 'claims'),
            timeline.truncated ? ' (older periods left out)' : null),
        el('details', {},
            el('summary', {}, 'Timeline as a table'),
            el('table', {},
                el('thead', {}, el('tr', {}, ['Period from', 'Documents', 'Claims', 'Mentions']
                    .map((h) => el('th', {scope: 'col'}, h)))),
                el('tbody', {}, buckets.map((b) => el('tr', {},
                    el('th', {scope: 'row'}, day(b.start)), el('td', {}, String(b.documents)),
                    el('td', {}, String(b.claims)), el('td', {}, String(b.mentions))))))));
}
