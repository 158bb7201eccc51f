// Draws the config map's services <-> namespaces graph with cytoscape.js (loaded on first use).
let loading;

function ensureCytoscape() {
    if (window.cytoscape) return Promise.resolve();
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = 'lib/cytoscape/cytoscape.min.js';
        script.onload = resolve;
        script.onerror = () => reject(new Error('cytoscape.js could not be loaded'));
        document.head.appendChild(script);
    });
    return loading;
}

const style = [
    { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#263238' } },
    { selector: 'node[kind = "service"]', style: { 'background-color': '#3949ab', 'shape': 'round-rectangle', 'width': 18, 'height': 18 } },
    { selector: 'node[kind = "namespace"]', style: { 'background-color': '#90a4ae', 'shape': 'ellipse', 'width': 26, 'height': 26 } },
    { selector: 'node[kind = "caller"]', style: { 'background-color': '#78909c', 'shape': 'round-rectangle', 'width': 18, 'height': 18 } },
    { selector: 'node[?flagged]', style: { 'background-color': '#ef6c00' } },
    { selector: 'edge', style: { 'width': 'mapData(keys, 1, 20, 1, 6)', 'line-color': '#b0bec5', 'curve-style': 'straight', 'opacity': 0.8 } },
    { selector: 'edge[?reloads]', style: { 'line-color': '#c62828', 'line-style': 'dashed' } },
];

// The radius reads in layers from the change: breadth-first from the key, left to right, labels wrapped on a white background.
function layeredLayout(elements) {
    const root = elements.find(e => e.data.kind === 'namespace');
    return { name: 'breadthfirst', roots: root ? [root.data.id] : undefined, directed: false, spacingFactor: 1.4, avoidOverlap: true, animate: false,
             transform: (node, position) => ({ x: position.y, y: position.x }) };
}

const layeredStyle = [
    { selector: 'node', style: { 'font-size': 13, 'text-wrap': 'wrap', 'text-max-width': 140, 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
    { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#90a4ae' } },
];

export async function render(element, graph, layout) {
    await ensureCytoscape();
    destroy(element);
    const elements = [
        ...graph.nodes.map(n => ({ data: { id: n.id, label: n.label, kind: n.kind, flagged: n.flagged } })),
        ...graph.edges.map(e => ({ data: { id: `${e.source}->${e.target}`, source: e.source, target: e.target, keys: e.keys, reloads: e.reloads } })),
    ];
    // Concentric layout is linear in the node count, so 500+ services stay responsive; namespaces sit in the middle.
    const layered = layout === 'layered';
    element._cy = window.cytoscape({
        container: element,
        elements,
        style: layered ? [...style, ...layeredStyle] : style,
        layout: layered
            ? layeredLayout(elements)
            : { name: 'concentric', concentric: n => (n.data('kind') === 'namespace' ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 12, animate: false },
        textureOnViewport: true,
        hideEdgesOnViewport: graph.edges.length > 2000,
        wheelSensitivity: 0.3,
        // A handful of nodes would otherwise be blown up to fill the canvas.
        maxZoom: 1.6,
        minZoom: 0.05,
    });
    // maxZoom caps the fit for small graphs; centre what is left so it does not sit in a corner.
    element._cy.center();
    element.dataset.renderedNodes = String(element._cy.nodes().length);
}

export function destroy(element) {
    if (element && element._cy) {
        element._cy.destroy();
        element._cy = undefined;
    }
}
