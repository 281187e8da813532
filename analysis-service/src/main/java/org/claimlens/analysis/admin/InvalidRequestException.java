package org.claimlens.analysis.admin;

/** An operator request that cannot be carried out as given; answered with {@link #status()} naming the field. */
public class InvalidRequestException extends RuntimeException {

    private final int status;
    private final String field;

    public InvalidRequestException(int status, String field, String message) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
