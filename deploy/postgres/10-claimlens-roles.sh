#!/bin/sh
# Run once by the official postgres image, on its first start with an empty data volume
# (/docker-entrypoint-initdb.d). Creates what local-infra's DatabaseRoles creates for the tests and ./stack:
# the owner login analysis-service migrates and writes with, a NOLOGIN group the migrations grant SELECT to,
# and the read-only login of query-service inside that group.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$CLAIMLENS_OWNER" -v owner_password="$CLAIMLENS_OWNER_PASSWORD" \
  -v read_group="$CLAIMLENS_READ_GROUP" \
  -v reader="$CLAIMLENS_READER" -v reader_password="$CLAIMLENS_READER_PASSWORD" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"read_group" NOLOGIN;
CREATE ROLE :"reader" LOGIN PASSWORD :'reader_password' IN ROLE :"read_group";
-- a reader must never write, even through default PUBLIC privileges on new schemas
ALTER ROLE :"reader" SET default_transaction_read_only = on;
CREATE DATABASE claimlens OWNER :"owner";
\connect claimlens
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
SQL
