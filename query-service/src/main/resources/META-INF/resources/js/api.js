// Reads the query API of the server that served this page. Errors carry the API's message and the parameter it
// names, so the page can say what was wrong.

/** A failed API call: the error body's message, the parameter it names (if any) and the HTTP status. */
export class ApiError extends Error {
    constructor(message, field, status) {
        super(message);
        this.field = field;
        this.status = status;
    }
}

/** GET path with the non-empty parameters; resolves to the parsed JSON body. */
export async function get(path, parameters = {}) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(parameters)) {
        if (value !== null && value !== undefined && value !== '') {
            url.searchParams.set(name, value);
        }
    }
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    const body = await response.json().catch(() => null);
    if (!response.ok) {
        throw new ApiError(body?.message ?? response.statusText, body?.field ?? null, response.status);
    }
    return body;
}
