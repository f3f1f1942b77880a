-- SPDX-FileCopyrightText: 2026 Zorghub toolkit contributors
-- SPDX-License-Identifier: EUPL-1.2
-- A database of the previous release (its migrations, pseudonymous test data), dumped with
-- pg_dump; made by packages/api/scripts/upgrade-fixture.ts. __SCHEMA__ is the schema to load into.
-- Released migrations it was made with:
--   0001_core sha256:fcfd357b9aa2ead634aa6b5db1bb4b362b8f9226576ee483459dcfc04ec278ff
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: zh_upgrade_fixture; Type: SCHEMA; Schema: -; Owner: -
--



--
-- Name: access_log_refuse_change(); Type: FUNCTION; Schema: zh_upgrade_fixture; Owner: -
--

CREATE FUNCTION __SCHEMA__.access_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('zorghub.access_log_purge', true) = 'on'
     AND OLD.at < now() - make_interval(days => coalesce(nullif(current_setting('zorghub.access_log_retention_days', true), '')::int, 1827)) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_log; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.access_log (
    seq bigint NOT NULL,
    hub_id text NOT NULL,
    at timestamp with time zone NOT NULL,
    actor text NOT NULL,
    actor_org text NOT NULL,
    actor_role text NOT NULL,
    on_behalf_of text NOT NULL,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text,
    client_id text,
    result text NOT NULL,
    origin text NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: access_log_seq_seq; Type: SEQUENCE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE SEQUENCE __SCHEMA__.access_log_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: access_log_seq_seq; Type: SEQUENCE OWNED BY; Schema: zh_upgrade_fixture; Owner: -
--

ALTER SEQUENCE __SCHEMA__.access_log_seq_seq OWNED BY __SCHEMA__.access_log.seq;


--
-- Name: api_keys; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.api_keys (
    id text NOT NULL,
    hash text NOT NULL,
    hub_id text NOT NULL,
    org_id text NOT NULL,
    role text NOT NULL,
    participant_id text,
    label text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: idempotency_keys; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.idempotency_keys (
    hub_id text NOT NULL,
    principal text NOT NULL,
    key text NOT NULL,
    fingerprint text NOT NULL,
    status integer NOT NULL,
    body text NOT NULL,
    location text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: invoice_runs; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.invoice_runs (
    hub_id text NOT NULL,
    care_org_id text NOT NULL,
    period text NOT NULL,
    invoice_id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: records; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.records (
    hub_id text NOT NULL,
    entity text NOT NULL,
    id text NOT NULL,
    care_org_id text,
    client_id text,
    participant_id text,
    parent_id text,
    data jsonb NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: retention_runs; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.retention_runs (
    id bigint NOT NULL,
    hub_id text NOT NULL,
    ran_at timestamp with time zone DEFAULT now() NOT NULL,
    entity text NOT NULL,
    action text NOT NULL,
    count integer NOT NULL,
    cutoff timestamp with time zone NOT NULL
);


--
-- Name: retention_runs_id_seq; Type: SEQUENCE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE SEQUENCE __SCHEMA__.retention_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: retention_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: zh_upgrade_fixture; Owner: -
--

ALTER SEQUENCE __SCHEMA__.retention_runs_id_seq OWNED BY __SCHEMA__.retention_runs.id;


--
-- Name: zorghub_migrations; Type: TABLE; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TABLE __SCHEMA__.zorghub_migrations (
    id text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: access_log seq; Type: DEFAULT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.access_log ALTER COLUMN seq SET DEFAULT nextval('__SCHEMA__.access_log_seq_seq'::regclass);


--
-- Name: retention_runs id; Type: DEFAULT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.retention_runs ALTER COLUMN id SET DEFAULT nextval('__SCHEMA__.retention_runs_id_seq'::regclass);


--
-- Data for Name: access_log; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.access_log VALUES (1, 'HUB-A', '2025-06-01 10:00:00+00', 'key_fixture', 'HUB-A', 'beheerder', 'HUB-A', 'lezen', 'client', 'CL-A1', 'CL-A1', 'geslaagd:200', '192.0.2.10', '0000000000000000000000000000000000000000000000000000000000000000', 'eb38878a13a03078cf16c550d3e75061141cdaafcdd5ebcf14f50617adf8a19b');
INSERT INTO __SCHEMA__.access_log VALUES (2, 'HUB-A', '2025-06-02 10:00:00+00', 'key_fixture', 'HUB-A', 'beheerder', 'HUB-A', 'lezen', 'client', 'CL-A1', 'CL-A1', 'geweigerd:403', '192.0.2.10', 'eb38878a13a03078cf16c550d3e75061141cdaafcdd5ebcf14f50617adf8a19b', '8671a44b9876bee1e7a203b23a27c70225f8e1bc5a98e9c0f24aac742dc0f824');
INSERT INTO __SCHEMA__.access_log VALUES (3, 'HUB-A', '2025-06-03 10:00:00+00', 'key_fixture', 'HUB-A', 'beheerder', 'HUB-A', 'lezen', 'client', 'CL-A1', 'CL-A1', 'geslaagd:200', '192.0.2.10', '8671a44b9876bee1e7a203b23a27c70225f8e1bc5a98e9c0f24aac742dc0f824', '164aa9304b4ed8b0f7aa3e8d54c5cc072da0dbea2328b4d7c72fe3ca5918f39a');
INSERT INTO __SCHEMA__.access_log VALUES (4, 'HUB-B', '2025-06-01 10:00:00+00', 'key_fixture', 'HUB-B', 'beheerder', 'HUB-B', 'lezen', 'client', 'CL-B1', 'CL-B1', 'geslaagd:200', '192.0.2.10', '164aa9304b4ed8b0f7aa3e8d54c5cc072da0dbea2328b4d7c72fe3ca5918f39a', '4ce492ca2e145b29bf559a4c82e3a936c275b641111312df557d584898fbddd5');
INSERT INTO __SCHEMA__.access_log VALUES (5, 'HUB-B', '2025-06-02 10:00:00+00', 'key_fixture', 'HUB-B', 'beheerder', 'HUB-B', 'lezen', 'client', 'CL-B1', 'CL-B1', 'geweigerd:403', '192.0.2.10', '4ce492ca2e145b29bf559a4c82e3a936c275b641111312df557d584898fbddd5', '7b50f162b21de0e20feb11e14c42e0e5c8fadbcaed271eace41d8f47b0cb1acf');
INSERT INTO __SCHEMA__.access_log VALUES (6, 'HUB-B', '2025-06-03 10:00:00+00', 'key_fixture', 'HUB-B', 'beheerder', 'HUB-B', 'lezen', 'client', 'CL-B1', 'CL-B1', 'geslaagd:200', '192.0.2.10', '7b50f162b21de0e20feb11e14c42e0e5c8fadbcaed271eace41d8f47b0cb1acf', 'f87963a728d4ae9149875bb79632a3b008e872892fa809216c096613d0def92c');


--
-- Data for Name: api_keys; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.api_keys VALUES ('key_9874de047843', '549094ae58d64696fc0ff291f4b49999422e27ebbb8cd158e74dd4c94f9e2643', 'HUB-A', 'HUB-A', 'beheerder', NULL, 'fixture', '2026-12-02 02:47:03.034423+00', NULL);
INSERT INTO __SCHEMA__.api_keys VALUES ('key_fb2b586fe4ec', 'f0dbab03a9ee1fe9830f18df4601608f51c566005cba1020dadfe8a960dc3d5a', 'HUB-B', 'HUB-B', 'beheerder', NULL, 'fixture', '2026-12-02 02:47:03.207852+00', NULL);


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.idempotency_keys VALUES ('HUB-A', 'key_fixture', 'idem-1', 'f1', 201, '{"id":"SG-A9"}', '/api/v1/signalen/SG-A9', '2026-12-02 02:47:03.221873+00');


--
-- Data for Name: invoice_runs; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.invoice_runs VALUES ('HUB-A', 'OZ-A1', '2025-05', 'FA-A1', '2026-12-02 02:47:03.225815+00');


--
-- Data for Name: records; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'organisatie', 'HUB-A', 'HUB-A', NULL, NULL, NULL, '{"id": "HUB-A", "naam": "Hub A", "rollen": ["exploitant", "werkgever"], "organisatiesoort": "sociaalWerkbedrijf"}', 1, '2026-12-02 02:47:02.910735+00', '2026-12-02 02:47:02.910735+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'organisatie', 'OZ-A1', 'OZ-A1', NULL, NULL, NULL, '{"id": "OZ-A1", "naam": "Zorg A1", "rollen": ["afnemer"], "organisatiesoort": "zorgorganisatie"}', 1, '2026-12-02 02:47:02.914353+00', '2026-12-02 02:47:02.914353+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'abonnement', 'AB-A1', 'OZ-A1', NULL, NULL, NULL, '{"id": "AB-A1", "startDatum": "2024-01-01", "aanbiederId": "HUB-A", "afnemersoort": "organisatie", "tariefeenheid": "uur", "periodeEenheid": "maand", "tariefInCenten": 3250, "abonnementsvorm": "urenbundel", "aantalPerPeriode": 100, "afnemerOrganisatieId": "OZ-A1"}', 1, '2026-12-02 02:47:02.918128+00', '2026-12-02 02:47:02.918128+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'client', 'CL-A1', 'OZ-A1', 'CL-A1', NULL, 'AB-A1', '{"id": "CL-A1", "startDatum": "2024-01-01", "abonnementId": "AB-A1", "zorgorganisatieId": "OZ-A1"}', 1, '2026-12-02 02:47:02.930019+00', '2026-12-02 02:47:02.930019+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'deelnemer', 'DN-A1', NULL, NULL, 'DN-A1', NULL, '{"id": "DN-A1", "cohort": "2024-01", "status": "inDienst", "werkgeverId": "HUB-A", "aanmeldDatum": "2024-01-01"}', 1, '2026-12-02 02:47:02.934182+00', '2026-12-02 02:47:02.934182+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'training', 'TR-A1', NULL, NULL, 'DN-A1', NULL, '{"id": "TR-A1", "startDatum": "2024-01-08", "deelnemerId": "DN-A1", "trainingssoort": "werknemersvaardigheden"}', 1, '2026-12-02 02:47:02.938047+00', '2026-12-02 02:47:02.938047+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'coachingcontact', 'CC-A1', NULL, NULL, 'DN-A1', NULL, '{"id": "CC-A1", "vorm": "werkplek", "deelnemerId": "DN-A1", "contactDatum": "2024-02-01"}', 1, '2026-12-02 02:47:02.946025+00', '2026-12-02 02:47:02.946025+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'bezoek', 'BZ-A1', 'OZ-A1', 'CL-A1', 'DN-A1', 'AB-A1', '{"id": "BZ-A1", "status": "gepland", "clientId": "CL-A1", "dienstId": "DI-A", "deelnemerId": "DN-A1", "abonnementId": "AB-A1", "geplandEindOp": "2024-03-04T11:00:00+01:00", "geplandStartOp": "2024-03-04T10:00:00+01:00"}', 1, '2026-12-02 02:47:02.950453+00', '2026-12-02 02:47:02.950453+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'signaal', 'SG-A1', 'OZ-A1', 'CL-A1', 'DN-A1', NULL, '{"id": "SG-A1", "clientId": "CL-A1", "gemeldOp": "2024-03-04T10:00:00+01:00", "urgentie": "normaal", "categorie": "eenzaamheid", "deelnemerId": "DN-A1", "doorgezetNaarId": "OZ-A1"}', 1, '2026-12-02 02:47:02.958397+00', '2026-12-02 02:47:02.958397+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'urenregistratie', 'UR-A1', NULL, NULL, 'DN-A1', NULL, '{"id": "UR-A1", "uren": 4, "urensoort": "dienstverlening", "werkDatum": "2024-03-04", "deelnemerId": "DN-A1"}', 1, '2026-12-02 02:47:02.96153+00', '2026-12-02 02:47:02.96153+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'factuur', 'FA-A1', 'OZ-A1', NULL, NULL, 'AB-A1', '{"id": "FA-A1", "regels": [{"aantal": 1, "eenheid": "uur", "omschrijving": "Uren maart", "btwPercentage": 0, "bedragExclBtwInCenten": 3250, "prijsPerEenheidInCenten": 3250}], "status": "concept", "aanbiederId": "HUB-A", "abonnementId": "AB-A1", "factuurDatum": "2024-04-01", "factuurnummer": "2024-A1", "periodeEindDatum": "2024-03-31", "btwBedragInCenten": 0, "periodeStartDatum": "2024-03-01", "afnemerOrganisatieId": "OZ-A1", "totaalExclBtwInCenten": 3250, "totaalInclBtwInCenten": 3250}', 1, '2026-12-02 02:47:02.969254+00', '2026-12-02 02:47:02.969254+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'uitkomst', 'UK-A1', NULL, NULL, 'DN-A1', NULL, '{"id": "UK-A1", "deelnemerId": "DN-A1", "arbeidssituatie": "inDienstHub", "periodeEindDatum": "2024-03-31", "uitkeringsstatus": "aanvullend", "periodeStartDatum": "2024-01-01"}', 1, '2026-12-02 02:47:02.970063+00', '2026-12-02 02:47:02.970063+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'organisatie', 'OZ-A2', 'OZ-A2', NULL, NULL, NULL, '{"id": "OZ-A2", "naam": "Zorg A2", "rollen": ["afnemer"], "organisatiesoort": "zorgorganisatie"}', 1, '2026-12-02 02:47:02.979565+00', '2026-12-02 02:47:02.979565+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'abonnement', 'AB-A2', 'OZ-A2', NULL, NULL, NULL, '{"id": "AB-A2", "startDatum": "2024-01-01", "aanbiederId": "HUB-A", "afnemersoort": "organisatie", "tariefeenheid": "uur", "periodeEenheid": "maand", "tariefInCenten": 3250, "abonnementsvorm": "urenbundel", "aantalPerPeriode": 100, "afnemerOrganisatieId": "OZ-A2"}', 1, '2026-12-02 02:47:02.986599+00', '2026-12-02 02:47:02.986599+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'client', 'CL-A2', 'OZ-A2', 'CL-A2', NULL, 'AB-A2', '{"id": "CL-A2", "startDatum": "2024-01-01", "abonnementId": "AB-A2", "zorgorganisatieId": "OZ-A2"}', 1, '2026-12-02 02:47:02.989981+00', '2026-12-02 02:47:02.989981+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'deelnemer', 'DN-A2', NULL, NULL, 'DN-A2', NULL, '{"id": "DN-A2", "cohort": "2024-01", "status": "inDienst", "werkgeverId": "HUB-A", "aanmeldDatum": "2024-01-01"}', 1, '2026-12-02 02:47:02.993974+00', '2026-12-02 02:47:02.993974+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'training', 'TR-A2', NULL, NULL, 'DN-A2', NULL, '{"id": "TR-A2", "startDatum": "2024-01-08", "deelnemerId": "DN-A2", "trainingssoort": "werknemersvaardigheden"}', 1, '2026-12-02 02:47:03.006142+00', '2026-12-02 02:47:03.006142+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'coachingcontact', 'CC-A2', NULL, NULL, 'DN-A2', NULL, '{"id": "CC-A2", "vorm": "werkplek", "deelnemerId": "DN-A2", "contactDatum": "2024-02-01"}', 1, '2026-12-02 02:47:03.010008+00', '2026-12-02 02:47:03.010008+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'bezoek', 'BZ-A2', 'OZ-A2', 'CL-A2', 'DN-A2', 'AB-A2', '{"id": "BZ-A2", "status": "gepland", "clientId": "CL-A2", "dienstId": "DI-A", "deelnemerId": "DN-A2", "abonnementId": "AB-A2", "geplandEindOp": "2024-03-04T11:00:00+01:00", "geplandStartOp": "2024-03-04T10:00:00+01:00"}', 1, '2026-12-02 02:47:03.012201+00', '2026-12-02 02:47:03.012201+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'signaal', 'SG-A2', 'OZ-A2', 'CL-A2', 'DN-A2', NULL, '{"id": "SG-A2", "clientId": "CL-A2", "gemeldOp": "2024-03-04T10:00:00+01:00", "urgentie": "normaal", "categorie": "eenzaamheid", "deelnemerId": "DN-A2", "doorgezetNaarId": "OZ-A2"}', 1, '2026-12-02 02:47:03.017974+00', '2026-12-02 02:47:03.017974+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'urenregistratie', 'UR-A2', NULL, NULL, 'DN-A2', NULL, '{"id": "UR-A2", "uren": 4, "urensoort": "dienstverlening", "werkDatum": "2024-03-04", "deelnemerId": "DN-A2"}', 1, '2026-12-02 02:47:03.021917+00', '2026-12-02 02:47:03.021917+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'factuur', 'FA-A2', 'OZ-A2', NULL, NULL, 'AB-A2', '{"id": "FA-A2", "regels": [{"aantal": 1, "eenheid": "uur", "omschrijving": "Uren maart", "btwPercentage": 0, "bedragExclBtwInCenten": 3250, "prijsPerEenheidInCenten": 3250}], "status": "concept", "aanbiederId": "HUB-A", "abonnementId": "AB-A2", "factuurDatum": "2024-04-01", "factuurnummer": "2024-A2", "periodeEindDatum": "2024-03-31", "btwBedragInCenten": 0, "periodeStartDatum": "2024-03-01", "afnemerOrganisatieId": "OZ-A2", "totaalExclBtwInCenten": 3250, "totaalInclBtwInCenten": 3250}', 1, '2026-12-02 02:47:03.030167+00', '2026-12-02 02:47:03.030167+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-A', 'uitkomst', 'UK-A2', NULL, NULL, 'DN-A2', NULL, '{"id": "UK-A2", "deelnemerId": "DN-A2", "arbeidssituatie": "inDienstHub", "periodeEindDatum": "2024-03-31", "uitkeringsstatus": "aanvullend", "periodeStartDatum": "2024-01-01"}', 1, '2026-12-02 02:47:03.031469+00', '2026-12-02 02:47:03.031469+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'organisatie', 'HUB-B', 'HUB-B', NULL, NULL, NULL, '{"id": "HUB-B", "naam": "Hub B", "rollen": ["exploitant", "werkgever"], "organisatiesoort": "sociaalWerkbedrijf"}', 1, '2026-12-02 02:47:03.0657+00', '2026-12-02 02:47:03.0657+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'organisatie', 'OZ-B1', 'OZ-B1', NULL, NULL, NULL, '{"id": "OZ-B1", "naam": "Zorg B1", "rollen": ["afnemer"], "organisatiesoort": "zorgorganisatie"}', 1, '2026-12-02 02:47:03.073596+00', '2026-12-02 02:47:03.073596+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'abonnement', 'AB-B1', 'OZ-B1', NULL, NULL, NULL, '{"id": "AB-B1", "startDatum": "2024-01-01", "aanbiederId": "HUB-B", "afnemersoort": "organisatie", "tariefeenheid": "uur", "periodeEenheid": "maand", "tariefInCenten": 3250, "abonnementsvorm": "urenbundel", "aantalPerPeriode": 100, "afnemerOrganisatieId": "OZ-B1"}', 1, '2026-12-02 02:47:03.082756+00', '2026-12-02 02:47:03.082756+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'client', 'CL-B1', 'OZ-B1', 'CL-B1', NULL, 'AB-B1', '{"id": "CL-B1", "startDatum": "2024-01-01", "abonnementId": "AB-B1", "zorgorganisatieId": "OZ-B1"}', 1, '2026-12-02 02:47:03.085759+00', '2026-12-02 02:47:03.085759+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'deelnemer', 'DN-B1', NULL, NULL, 'DN-B1', NULL, '{"id": "DN-B1", "cohort": "2024-01", "status": "inDienst", "werkgeverId": "HUB-B", "aanmeldDatum": "2024-01-01"}', 1, '2026-12-02 02:47:03.090064+00', '2026-12-02 02:47:03.090064+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'training', 'TR-B1', NULL, NULL, 'DN-B1', NULL, '{"id": "TR-B1", "startDatum": "2024-01-08", "deelnemerId": "DN-B1", "trainingssoort": "werknemersvaardigheden"}', 1, '2026-12-02 02:47:03.097998+00', '2026-12-02 02:47:03.097998+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'coachingcontact', 'CC-B1', NULL, NULL, 'DN-B1', NULL, '{"id": "CC-B1", "vorm": "werkplek", "deelnemerId": "DN-B1", "contactDatum": "2024-02-01"}', 1, '2026-12-02 02:47:03.106019+00', '2026-12-02 02:47:03.106019+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'bezoek', 'BZ-B1', 'OZ-B1', 'CL-B1', 'DN-B1', 'AB-B1', '{"id": "BZ-B1", "status": "gepland", "clientId": "CL-B1", "dienstId": "DI-B", "deelnemerId": "DN-B1", "abonnementId": "AB-B1", "geplandEindOp": "2024-03-04T11:00:00+01:00", "geplandStartOp": "2024-03-04T10:00:00+01:00"}', 1, '2026-12-02 02:47:03.110081+00', '2026-12-02 02:47:03.110081+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'signaal', 'SG-B1', 'OZ-B1', 'CL-B1', 'DN-B1', NULL, '{"id": "SG-B1", "clientId": "CL-B1", "gemeldOp": "2024-03-04T10:00:00+01:00", "urgentie": "normaal", "categorie": "eenzaamheid", "deelnemerId": "DN-B1", "doorgezetNaarId": "OZ-B1"}', 1, '2026-12-02 02:47:03.118026+00', '2026-12-02 02:47:03.118026+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'urenregistratie', 'UR-B1', NULL, NULL, 'DN-B1', NULL, '{"id": "UR-B1", "uren": 4, "urensoort": "dienstverlening", "werkDatum": "2024-03-04", "deelnemerId": "DN-B1"}', 1, '2026-12-02 02:47:03.121519+00', '2026-12-02 02:47:03.121519+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'factuur', 'FA-B1', 'OZ-B1', NULL, NULL, 'AB-B1', '{"id": "FA-B1", "regels": [{"aantal": 1, "eenheid": "uur", "omschrijving": "Uren maart", "btwPercentage": 0, "bedragExclBtwInCenten": 3250, "prijsPerEenheidInCenten": 3250}], "status": "concept", "aanbiederId": "HUB-B", "abonnementId": "AB-B1", "factuurDatum": "2024-04-01", "factuurnummer": "2024-B1", "periodeEindDatum": "2024-03-31", "btwBedragInCenten": 0, "periodeStartDatum": "2024-03-01", "afnemerOrganisatieId": "OZ-B1", "totaalExclBtwInCenten": 3250, "totaalInclBtwInCenten": 3250}', 1, '2026-12-02 02:47:03.13022+00', '2026-12-02 02:47:03.13022+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'uitkomst', 'UK-B1', NULL, NULL, 'DN-B1', NULL, '{"id": "UK-B1", "deelnemerId": "DN-B1", "arbeidssituatie": "inDienstHub", "periodeEindDatum": "2024-03-31", "uitkeringsstatus": "aanvullend", "periodeStartDatum": "2024-01-01"}', 1, '2026-12-02 02:47:03.134093+00', '2026-12-02 02:47:03.134093+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'organisatie', 'OZ-B2', 'OZ-B2', NULL, NULL, NULL, '{"id": "OZ-B2", "naam": "Zorg B2", "rollen": ["afnemer"], "organisatiesoort": "zorgorganisatie"}', 1, '2026-12-02 02:47:03.137512+00', '2026-12-02 02:47:03.137512+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'abonnement', 'AB-B2', 'OZ-B2', NULL, NULL, NULL, '{"id": "AB-B2", "startDatum": "2024-01-01", "aanbiederId": "HUB-B", "afnemersoort": "organisatie", "tariefeenheid": "uur", "periodeEenheid": "maand", "tariefInCenten": 3250, "abonnementsvorm": "urenbundel", "aantalPerPeriode": 100, "afnemerOrganisatieId": "OZ-B2"}', 1, '2026-12-02 02:47:03.149507+00', '2026-12-02 02:47:03.149507+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'client', 'CL-B2', 'OZ-B2', 'CL-B2', NULL, 'AB-B2', '{"id": "CL-B2", "startDatum": "2024-01-01", "abonnementId": "AB-B2", "zorgorganisatieId": "OZ-B2"}', 1, '2026-12-02 02:47:03.162011+00', '2026-12-02 02:47:03.162011+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'deelnemer', 'DN-B2', NULL, NULL, 'DN-B2', NULL, '{"id": "DN-B2", "cohort": "2024-01", "status": "inDienst", "werkgeverId": "HUB-B", "aanmeldDatum": "2024-01-01"}', 1, '2026-12-02 02:47:03.173155+00', '2026-12-02 02:47:03.173155+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'training', 'TR-B2', NULL, NULL, 'DN-B2', NULL, '{"id": "TR-B2", "startDatum": "2024-01-08", "deelnemerId": "DN-B2", "trainingssoort": "werknemersvaardigheden"}', 1, '2026-12-02 02:47:03.175903+00', '2026-12-02 02:47:03.175903+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'coachingcontact', 'CC-B2', NULL, NULL, 'DN-B2', NULL, '{"id": "CC-B2", "vorm": "werkplek", "deelnemerId": "DN-B2", "contactDatum": "2024-02-01"}', 1, '2026-12-02 02:47:03.186066+00', '2026-12-02 02:47:03.186066+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'bezoek', 'BZ-B2', 'OZ-B2', 'CL-B2', 'DN-B2', 'AB-B2', '{"id": "BZ-B2", "status": "gepland", "clientId": "CL-B2", "dienstId": "DI-B", "deelnemerId": "DN-B2", "abonnementId": "AB-B2", "geplandEindOp": "2024-03-04T11:00:00+01:00", "geplandStartOp": "2024-03-04T10:00:00+01:00"}', 1, '2026-12-02 02:47:03.193136+00', '2026-12-02 02:47:03.193136+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'signaal', 'SG-B2', 'OZ-B2', 'CL-B2', 'DN-B2', NULL, '{"id": "SG-B2", "clientId": "CL-B2", "gemeldOp": "2024-03-04T10:00:00+01:00", "urgentie": "normaal", "categorie": "eenzaamheid", "deelnemerId": "DN-B2", "doorgezetNaarId": "OZ-B2"}', 1, '2026-12-02 02:47:03.195543+00', '2026-12-02 02:47:03.195543+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'urenregistratie', 'UR-B2', NULL, NULL, 'DN-B2', NULL, '{"id": "UR-B2", "uren": 4, "urensoort": "dienstverlening", "werkDatum": "2024-03-04", "deelnemerId": "DN-B2"}', 1, '2026-12-02 02:47:03.197923+00', '2026-12-02 02:47:03.197923+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'factuur', 'FA-B2', 'OZ-B2', NULL, NULL, 'AB-B2', '{"id": "FA-B2", "regels": [{"aantal": 1, "eenheid": "uur", "omschrijving": "Uren maart", "btwPercentage": 0, "bedragExclBtwInCenten": 3250, "prijsPerEenheidInCenten": 3250}], "status": "concept", "aanbiederId": "HUB-B", "abonnementId": "AB-B2", "factuurDatum": "2024-04-01", "factuurnummer": "2024-B2", "periodeEindDatum": "2024-03-31", "btwBedragInCenten": 0, "periodeStartDatum": "2024-03-01", "afnemerOrganisatieId": "OZ-B2", "totaalExclBtwInCenten": 3250, "totaalInclBtwInCenten": 3250}', 1, '2026-12-02 02:47:03.201889+00', '2026-12-02 02:47:03.201889+00');
INSERT INTO __SCHEMA__.records VALUES ('HUB-B', 'uitkomst', 'UK-B2', NULL, NULL, 'DN-B2', NULL, '{"id": "UK-B2", "deelnemerId": "DN-B2", "arbeidssituatie": "inDienstHub", "periodeEindDatum": "2024-03-31", "uitkeringsstatus": "aanvullend", "periodeStartDatum": "2024-01-01"}', 1, '2026-12-02 02:47:03.205897+00', '2026-12-02 02:47:03.205897+00');


--
-- Data for Name: retention_runs; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.retention_runs VALUES (1, 'HUB-A', '2026-12-02 02:47:03.229821+00', 'signaal', 'verwijderd', 0, '2023-06-01 00:00:00+00');


--
-- Data for Name: zorghub_migrations; Type: TABLE DATA; Schema: zh_upgrade_fixture; Owner: -
--

INSERT INTO __SCHEMA__.zorghub_migrations VALUES ('0001_core', '2026-12-02 02:47:02.740879+00');


--
-- Name: access_log_seq_seq; Type: SEQUENCE SET; Schema: zh_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.access_log_seq_seq', 6, true);


--
-- Name: retention_runs_id_seq; Type: SEQUENCE SET; Schema: zh_upgrade_fixture; Owner: -
--

SELECT pg_catalog.setval('__SCHEMA__.retention_runs_id_seq', 1, true);


--
-- Name: access_log access_log_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.access_log
    ADD CONSTRAINT access_log_pkey PRIMARY KEY (seq);


--
-- Name: api_keys api_keys_hash_key; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.api_keys
    ADD CONSTRAINT api_keys_hash_key UNIQUE (hash);


--
-- Name: api_keys api_keys_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.api_keys
    ADD CONSTRAINT api_keys_pkey PRIMARY KEY (id);


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (hub_id, principal, key);


--
-- Name: invoice_runs invoice_runs_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.invoice_runs
    ADD CONSTRAINT invoice_runs_pkey PRIMARY KEY (hub_id, care_org_id, period);


--
-- Name: records records_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.records
    ADD CONSTRAINT records_pkey PRIMARY KEY (hub_id, entity, id);


--
-- Name: retention_runs retention_runs_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.retention_runs
    ADD CONSTRAINT retention_runs_pkey PRIMARY KEY (id);


--
-- Name: zorghub_migrations zorghub_migrations_pkey; Type: CONSTRAINT; Schema: zh_upgrade_fixture; Owner: -
--

ALTER TABLE ONLY __SCHEMA__.zorghub_migrations
    ADD CONSTRAINT zorghub_migrations_pkey PRIMARY KEY (id);


--
-- Name: access_log_client; Type: INDEX; Schema: zh_upgrade_fixture; Owner: -
--

CREATE INDEX access_log_client ON __SCHEMA__.access_log USING btree (hub_id, client_id, at);


--
-- Name: records_care_org; Type: INDEX; Schema: zh_upgrade_fixture; Owner: -
--

CREATE INDEX records_care_org ON __SCHEMA__.records USING btree (hub_id, entity, care_org_id, id);


--
-- Name: records_client; Type: INDEX; Schema: zh_upgrade_fixture; Owner: -
--

CREATE INDEX records_client ON __SCHEMA__.records USING btree (hub_id, entity, client_id, id);


--
-- Name: records_parent; Type: INDEX; Schema: zh_upgrade_fixture; Owner: -
--

CREATE INDEX records_parent ON __SCHEMA__.records USING btree (hub_id, entity, parent_id);


--
-- Name: records_participant; Type: INDEX; Schema: zh_upgrade_fixture; Owner: -
--

CREATE INDEX records_participant ON __SCHEMA__.records USING btree (hub_id, entity, participant_id, id);


--
-- Name: access_log access_log_append_only; Type: TRIGGER; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TRIGGER access_log_append_only BEFORE DELETE OR UPDATE ON __SCHEMA__.access_log FOR EACH ROW EXECUTE FUNCTION __SCHEMA__.access_log_refuse_change();


--
-- Name: access_log access_log_no_truncate; Type: TRIGGER; Schema: zh_upgrade_fixture; Owner: -
--

CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON __SCHEMA__.access_log FOR EACH STATEMENT EXECUTE FUNCTION __SCHEMA__.access_log_refuse_change();


--
-- PostgreSQL database dump complete
--


