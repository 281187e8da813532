package org.claimlens.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimlens.query.support.ReadOnlyDatabaseResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ReadOnlyDatabaseResource.class)
class ErrorResponseTest {

    @Test
    void unknownPathGetsTheErrorBody() {
        given().get("/no/such/thing")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("status", is(404))
                .body("error", is("Not Found"))
                .body("message", is("no resource at /no/such/thing"))
                .body("field", is(nullValue()));
    }

    @Test
    void wrongMethodGetsTheErrorBody() {
        given().contentType(ContentType.JSON).body("{}").post("/documents")
                .then().statusCode(405)
                .contentType(ContentType.JSON)
                .body("status", is(405))
                .body("error", is("Method Not Allowed"))
                .body("message", is("method not allowed on /documents"));
        given().delete("/claims/1")
                .then().statusCode(405)
                .body("status", is(405));
    }

    @Test
    void errorBodiesRevealNoInternals() {
        given().get("/documents/%E2%80%A6")
                .then().statusCode(400)
                .body(not(containsString("Exception")))
                .body(not(containsString("org.claimlens")))
                .body(not(containsString("\tat ")));
        given().queryParam("page", "99999999999999").get("/entities")
                .then().statusCode(400)
                .body("field", is("page"))
                .body(not(containsString("NumberFormat")));
    }
}
