// zonegraph schema: applied by the loader before every load (idempotent: IF NOT EXISTS).
// Every entity carries the label :Entity plus its type label (:FreeTradeZone, :Area, ...).

// --- uniqueness on stable ids (also the MERGE keys) ---
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;

// --- lookups ---
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
// the whole-graph export reads entities in keyset pages by (type, id)
CREATE INDEX entity_type_id IF NOT EXISTS FOR (n:Entity) ON (n.type, n.id);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_en IF NOT EXISTS FOR (n:Entity) ON (n.nameEn);
CREATE INDEX passage_doc IF NOT EXISTS FOR (n:Passage) ON (n.doc);
CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate);
CREATE INDEX claim_subject IF NOT EXISTS FOR (n:Claim) ON (n.subject);

// --- relationship ids (GET /api/edges/:id) ---
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_borders_id IF NOT EXISTS FOR ()-[r:BORDERS]-() ON (r.id);
CREATE INDEX rel_on_corridor_id IF NOT EXISTS FOR ()-[r:ON_CORRIDOR]-() ON (r.id);
CREATE INDEX rel_connects_id IF NOT EXISTS FOR ()-[r:CONNECTS]-() ON (r.id);
CREATE INDEX rel_aligns_with_id IF NOT EXISTS FOR ()-[r:ALIGNS_WITH]-() ON (r.id);
CREATE INDEX rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX rel_focuses_on_id IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.id);
CREATE INDEX rel_applies_for_id IF NOT EXISTS FOR ()-[r:APPLIES_FOR]-() ON (r.id);
CREATE INDEX rel_has_platform_id IF NOT EXISTS FOR ()-[r:HAS_PLATFORM]-() ON (r.id);
CREATE INDEX rel_linked_port_id IF NOT EXISTS FOR ()-[r:LINKED_PORT]-() ON (r.id);
CREATE INDEX rel_co_occurs_id IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.id);

// --- full-text search over names, aliases and pinyin; `cjk` tokenises Chinese into bigrams ---
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasText, n.pinyin]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};

// --- full-text search over sentences ---
CREATE FULLTEXT INDEX passage_search IF NOT EXISTS
FOR (n:Passage) ON EACH [n.clean]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// --- load bookkeeping: which load wrote what, and the state of every load (see server/load/state.ts) ---
CREATE CONSTRAINT load_id IF NOT EXISTS FOR (n:Load) REQUIRE n.id IS UNIQUE;
CREATE INDEX load_started IF NOT EXISTS FOR (n:Load) ON (n.startedAt);
CREATE INDEX entity_load IF NOT EXISTS FOR (n:Entity) ON (n.loadId);
