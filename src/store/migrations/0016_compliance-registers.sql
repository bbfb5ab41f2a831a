CREATE TABLE "admission_rule_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"source" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "admission_screenings" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"project_name" text NOT NULL,
	"applicant" text,
	"project" jsonb NOT NULL,
	"outcome" text NOT NULL,
	"decisions" jsonb NOT NULL,
	"screened_by" text NOT NULL,
	"screened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "emission_records" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"enterprise_id" integer,
	"pollutant_key" text NOT NULL,
	"pollutant_name" text NOT NULL,
	"tonnes_per_year" numeric NOT NULL,
	"source" text NOT NULL,
	"source_file" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emission_records_park_year_enterprise_pollutant_key" UNIQUE NULLS NOT DISTINCT("park_id","year","enterprise_id","pollutant_key")
);
--> statement-breakpoint
CREATE TABLE "management_facts" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"facts" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pollutant_quotas" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"pollutant_key" text NOT NULL,
	"pollutant_name" text NOT NULL,
	"tonnes_per_year" numeric NOT NULL,
	"approval_document" text NOT NULL,
	"approval_title" text NOT NULL,
	"approval_issued" text,
	"sort_order" integer NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requirement_implementations" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"requirement_id" integer NOT NULL,
	"year" integer NOT NULL,
	"text" text NOT NULL,
	"verdict" text NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"carried_from_year" integer,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requirement_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"issued" text,
	"authority" text,
	"unit" jsonb,
	"sort_order" integer NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requirements" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"sort_order" integer NOT NULL,
	"dimension" text,
	"number" text,
	"text" text NOT NULL,
	"linked_figure" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "admission_rule_sets" ADD CONSTRAINT "admission_rule_sets_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admission_screenings" ADD CONSTRAINT "admission_screenings_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emission_records" ADD CONSTRAINT "emission_records_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emission_records" ADD CONSTRAINT "emission_records_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "management_facts" ADD CONSTRAINT "management_facts_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pollutant_quotas" ADD CONSTRAINT "pollutant_quotas_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_implementations" ADD CONSTRAINT "requirement_implementations_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_implementations" ADD CONSTRAINT "requirement_implementations_requirement_id_requirements_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement_sources" ADD CONSTRAINT "requirement_sources_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirements" ADD CONSTRAINT "requirements_source_id_requirement_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."requirement_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admission_rule_sets_park_idx" ON "admission_rule_sets" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "admission_screenings_park_year_idx" ON "admission_screenings" USING btree ("park_id","year");--> statement-breakpoint
CREATE INDEX "emission_records_park_year_idx" ON "emission_records" USING btree ("park_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "management_facts_park_year_idx" ON "management_facts" USING btree ("park_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "pollutant_quotas_park_pollutant_idx" ON "pollutant_quotas" USING btree ("park_id","pollutant_key");--> statement-breakpoint
CREATE UNIQUE INDEX "requirement_implementations_requirement_year_idx" ON "requirement_implementations" USING btree ("requirement_id","year");--> statement-breakpoint
CREATE INDEX "requirement_implementations_park_year_idx" ON "requirement_implementations" USING btree ("park_id","year");--> statement-breakpoint
CREATE INDEX "requirement_sources_park_idx" ON "requirement_sources" USING btree ("park_id","sort_order");--> statement-breakpoint
CREATE INDEX "requirements_source_idx" ON "requirements" USING btree ("source_id","sort_order");