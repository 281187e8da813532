package org.claimlens.analysis.evaluation;

/** Arguments a subcommand cannot work with; the command prints the message and the usage. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
