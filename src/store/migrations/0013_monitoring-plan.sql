CREATE TABLE "monitoring_plan_item_points" (
	"park_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"point_id" integer NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "monitoring_plan_item_points_pk" PRIMARY KEY("park_id","item_id","point_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_plan_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"medium" text NOT NULL,
	"sort_order" integer NOT NULL,
	"points_text" text NOT NULL,
	"items_text" text NOT NULL,
	"frequency_text" text NOT NULL,
	"campaigns_per_year" integer NOT NULL,
	"standard_text" text NOT NULL,
	"reason_not_done" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The (park, item) key monitoring_plan_item_points refers to; before the foreign key.
CREATE UNIQUE INDEX "monitoring_plan_items_park_id_idx" ON "monitoring_plan_items" USING btree ("park_id","id");--> statement-breakpoint
ALTER TABLE "monitoring_plan_item_points" ADD CONSTRAINT "monitoring_plan_item_points_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_plan_item_points" ADD CONSTRAINT "monitoring_plan_item_points_item_fk" FOREIGN KEY ("park_id","item_id") REFERENCES "public"."monitoring_plan_items"("park_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_plan_item_points" ADD CONSTRAINT "monitoring_plan_item_points_point_fk" FOREIGN KEY ("park_id","point_id") REFERENCES "public"."monitoring_points"("park_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_plan_items" ADD CONSTRAINT "monitoring_plan_items_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitoring_plan_item_points_point_idx" ON "monitoring_plan_item_points" USING btree ("park_id","point_id");--> statement-breakpoint
CREATE INDEX "monitoring_plan_items_park_year_idx" ON "monitoring_plan_items" USING btree ("park_id","year","sort_order");