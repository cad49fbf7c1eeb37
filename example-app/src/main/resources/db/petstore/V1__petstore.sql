-- The Petstore's schema, the same on H2 and PostgreSQL. Enums are stored by their Java constant
-- names; a pet's photo URLs and tags are rows of their own, in their list order.

CREATE SEQUENCE pet_id_seq START WITH 1;
CREATE SEQUENCE order_id_seq START WITH 1;

CREATE TABLE pet (
  id BIGINT PRIMARY KEY,
  name CHARACTER VARYING NOT NULL,
  has_category BOOLEAN NOT NULL,
  category_id BIGINT,
  category_name CHARACTER VARYING,
  status CHARACTER VARYING(16),
  images INTEGER DEFAULT 0 NOT NULL
);
CREATE INDEX pet_status ON pet (status);

CREATE TABLE pet_photo (
  pet_id BIGINT NOT NULL REFERENCES pet (id) ON DELETE CASCADE,
  list_index INTEGER NOT NULL,
  url CHARACTER VARYING NOT NULL,
  PRIMARY KEY (pet_id, list_index)
);

CREATE TABLE pet_tag (
  pet_id BIGINT NOT NULL REFERENCES pet (id) ON DELETE CASCADE,
  list_index INTEGER NOT NULL,
  tag_id BIGINT,
  tag_name CHARACTER VARYING,
  PRIMARY KEY (pet_id, list_index)
);
CREATE INDEX pet_tag_name ON pet_tag (tag_name);

-- ship_date keeps the client's ISO-8601 text, offset and all (PostgreSQL's timestamptz would not)
CREATE TABLE pet_order (
  id BIGINT PRIMARY KEY,
  pet_id BIGINT,
  quantity INTEGER,
  ship_date CHARACTER VARYING(64),
  status CHARACTER VARYING(16) NOT NULL,
  complete BOOLEAN NOT NULL
);

CREATE TABLE petstore_user (
  username CHARACTER VARYING PRIMARY KEY,
  id BIGINT,
  first_name CHARACTER VARYING,
  last_name CHARACTER VARYING,
  email CHARACTER VARYING,
  password CHARACTER VARYING,
  phone CHARACTER VARYING,
  user_status INTEGER
);
