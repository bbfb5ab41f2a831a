-- The (park, point) key lab_results refers to, so a result cannot name another park's point; before the foreign key.
CREATE UNIQUE INDEX "monitoring_points_park_id_idx" ON "monitoring_points" USING btree ("park_id","id");--> statement-breakpoint
CREATE TABLE "lab_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"point_id" integer NOT NULL,
	"year" integer NOT NULL,
	"sampled_on" date NOT NULL,
	"item" text NOT NULL,
	"value_kind" text NOT NULL,
	"value" text,
	"detection_limit" text,
	"unit" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_results" ADD CONSTRAINT "lab_results_park_point_fk" FOREIGN KEY ("park_id","point_id") REFERENCES "public"."monitoring_points"("park_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lab_results_park_point_date_item_idx" ON "lab_results" USING btree ("park_id","point_id","sampled_on","item");--> statement-breakpoint
CREATE INDEX "lab_results_park_year_idx" ON "lab_results" USING btree ("park_id","year");