CREATE TABLE "audit_checkpoints" (
	"entry_id" bigint PRIMARY KEY NOT NULL,
	"head_hash" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_log" ADD COLUMN "mac" text;