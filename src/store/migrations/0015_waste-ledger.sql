CREATE TABLE "waste_ledger_rows" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"enterprise_id" integer NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"general_generated_tonnes" numeric NOT NULL,
	"general_self_utilised_tonnes" numeric NOT NULL,
	"general_self_disposed_tonnes" numeric NOT NULL,
	"general_entrusted_tonnes" numeric NOT NULL,
	"hazardous_generated_tonnes" numeric NOT NULL,
	"hazardous_self_utilised_tonnes" numeric NOT NULL,
	"hazardous_self_disposed_tonnes" numeric NOT NULL,
	"hazardous_entrusted_tonnes" numeric NOT NULL,
	"transfer_manifest" boolean NOT NULL,
	"hw_categories" text[] NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "waste_ledger_rows" ADD CONSTRAINT "waste_ledger_rows_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waste_ledger_rows" ADD CONSTRAINT "waste_ledger_rows_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "waste_ledger_rows_park_enterprise_year_idx" ON "waste_ledger_rows" USING btree ("park_id","enterprise_id","year");--> statement-breakpoint
CREATE INDEX "waste_ledger_rows_park_year_idx" ON "waste_ledger_rows" USING btree ("park_id","year");