CREATE TABLE "public_facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"fact" text NOT NULL,
	"value" text NOT NULL,
	"source" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
