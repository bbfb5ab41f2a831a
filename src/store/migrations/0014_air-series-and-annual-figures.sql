CREATE TABLE "air_annual_figures" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"point_id" integer NOT NULL,
	"year" integer NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	"source" text NOT NULL,
	"entered_by" text NOT NULL,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "air_series_days" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"point_id" integer NOT NULL,
	"day" date NOT NULL,
	"so2" numeric,
	"no2" numeric,
	"co" numeric,
	"o3_8h" numeric,
	"o3_1h" numeric,
	"pm10" numeric,
	"pm25" numeric,
	"aqi" integer,
	"origin" text NOT NULL,
	"data_label" text,
	"source" text NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stations" ADD COLUMN "data_label" text;--> statement-breakpoint
ALTER TABLE "air_annual_figures" ADD CONSTRAINT "air_annual_figures_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "air_annual_figures" ADD CONSTRAINT "air_annual_figures_park_point_fk" FOREIGN KEY ("park_id","point_id") REFERENCES "public"."monitoring_points"("park_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "air_series_days" ADD CONSTRAINT "air_series_days_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "air_series_days" ADD CONSTRAINT "air_series_days_park_point_fk" FOREIGN KEY ("park_id","point_id") REFERENCES "public"."monitoring_points"("park_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "air_annual_figures_park_point_year_key_idx" ON "air_annual_figures" USING btree ("park_id","point_id","year","key");--> statement-breakpoint
CREATE INDEX "air_annual_figures_park_year_idx" ON "air_annual_figures" USING btree ("park_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "air_series_days_park_point_day_idx" ON "air_series_days" USING btree ("park_id","point_id","day");