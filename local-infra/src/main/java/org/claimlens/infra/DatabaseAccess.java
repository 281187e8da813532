package org.claimlens.infra;

/**
 * How the services reach one provisioned database: the owner (analysis-service, which migrates and writes)
 * and the read-only login (query-service).
 */
public record DatabaseAccess(String jdbcUrl, String ownerUser, String ownerPassword,
                             String readerUser, String readerPassword) {
}
