CREATE TABLE "monitoring_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"role" text,
	"longitude" numeric(9, 6) NOT NULL,
	"latitude" numeric(8, 6) NOT NULL,
	"station_id" integer,
	"standard_code" text,
	"standard_class" text,
	"items" text[] DEFAULT '{}'::text[] NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_points" ADD CONSTRAINT "monitoring_points_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_points" ADD CONSTRAINT "monitoring_points_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_points_park_name_idx" ON "monitoring_points" USING btree ("park_id","name");--> statement-breakpoint
CREATE INDEX "monitoring_points_station_idx" ON "monitoring_points" USING btree ("park_id","station_id");