package org.claimlens.query.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimlens.query.api.ExportFormat;
import org.claimlens.query.api.ExportedClaim;
import org.claimlens.query.export.ClaimCsv;
import org.claimlens.query.export.ClaimReviewJsonLd;
import org.claimlens.query.persistence.ClaimExportRepository;
import org.claimlens.query.api.ErrorBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims matching the search filters as a file: schema.org ClaimReview JSON-LD or CSV. */
@Path("/claims/export")
@Tag(name = "Claims")
@APIResponse(responseCode = "400", description = "A parameter is malformed; field names it",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorBody.class)))
public class ClaimExportResource {

    static final String CSV = "text/csv";
    static final String JSON_LD = "application/ld+json";

    private final ClaimExportRepository claims;
    private final ObjectMapper mapper;

    public ClaimExportResource(ClaimExportRepository claims, ObjectMapper mapper) {
        this.claims = claims;
        this.mapper = mapper;
    }

    @GET
    @Produces({JSON_LD, CSV})
    @Operation(summary = "Export matching claims as ClaimReview JSON-LD (default) or CSV",
            description = "Takes the filters of GET /claims. format is jsonld or csv; limit is 1 to 10000 rows "
                    + "(default 10000), newest documents first. CSV follows RFC 4180 with a header row; cells "
                    + "starting with = + - @ are prefixed with ' against formula injection.")
    public Response export(@BeanParam ClaimParams filter, @QueryParam("format") String format,
                           @QueryParam("limit") String limit) {
        ExportFormat chosen = RequestParams.optionalEnum("format", format, ExportFormat.class);
        int rows = RequestParams.intInRange("limit", limit, ClaimExportRepository.MAX_ROWS, 1,
                ClaimExportRepository.MAX_ROWS);
        List<ExportedClaim> found = claims.export(filter.toFilter(), rows);
        return chosen == ExportFormat.CSV
                ? file(out -> ClaimCsv.write(found, out), CSV + ";charset=utf-8;header=present", "claims.csv")
                : file(out -> writeJsonLd(found, out), JSON_LD, "claims.jsonld");
    }

    private void writeJsonLd(List<ExportedClaim> found, Writer out) throws IOException {
        // the writer belongs to the response; the generator must not close it
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeStringField("@context", ClaimReviewJsonLd.CONTEXT);
            json.writeArrayFieldStart("@graph");
            for (ExportedClaim claim : found) {
                json.writeObject(ClaimReviewJsonLd.node(claim));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static Response file(Body body, String type, String name) {
        StreamingOutput output = stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            body.write(out);
            out.flush();
        };
        return Response.ok(output, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** Writes an export body as text. */
    private interface Body {
        void write(Writer out) throws IOException;
    }
}
