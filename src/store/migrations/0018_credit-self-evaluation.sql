CREATE TABLE "credit_evaluations" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"scheme_id" text NOT NULL,
	"scheme_version" text NOT NULL,
	"status" text NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_item_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"evaluation_id" integer NOT NULL,
	"item_number" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credit_schemes" (
	"id" serial PRIMARY KEY NOT NULL,
	"scheme_id" text NOT NULL,
	"version" text NOT NULL,
	"data" jsonb NOT NULL,
	"source" text NOT NULL,
	"loaded_by" text NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "park_honours" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"issuer" text,
	"awarded_on" text,
	"document" text,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "credit_evaluations" ADD CONSTRAINT "credit_evaluations_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_item_scores" ADD CONSTRAINT "credit_item_scores_evaluation_id_credit_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."credit_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_honours" ADD CONSTRAINT "park_honours_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_evaluations_park_year_idx" ON "credit_evaluations" USING btree ("park_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_item_scores_evaluation_item_idx" ON "credit_item_scores" USING btree ("evaluation_id","item_number");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_schemes_scheme_version_idx" ON "credit_schemes" USING btree ("scheme_id","version");--> statement-breakpoint
CREATE INDEX "park_honours_park_year_idx" ON "park_honours" USING btree ("park_id","year");