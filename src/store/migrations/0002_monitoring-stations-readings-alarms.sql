CREATE TABLE "alarms" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"station_id" integer NOT NULL,
	"factor_code" text NOT NULL,
	"cn" text NOT NULL,
	"limit_value" numeric NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"peak_value" numeric NOT NULL,
	"peak_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "readings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"station_id" integer NOT NULL,
	"cn" text NOT NULL,
	"data_time" timestamp with time zone NOT NULL,
	"factors" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "station_limits" (
	"station_id" integer NOT NULL,
	"factor_code" text NOT NULL,
	"upper" numeric,
	"lower" numeric,
	CONSTRAINT "station_limits_station_id_factor_code_pk" PRIMARY KEY("station_id","factor_code")
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"mn" text NOT NULL,
	"name" text NOT NULL,
	"system_code" text NOT NULL,
	"password_hash" text NOT NULL,
	"enterprise_id" integer,
	"location" text,
	"longitude" numeric,
	"latitude" numeric,
	"upload_interval_seconds" integer DEFAULT 60 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alarms" ADD CONSTRAINT "alarms_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "readings" ADD CONSTRAINT "readings_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "station_limits" ADD CONSTRAINT "station_limits_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alarms_station_factor_idx" ON "alarms" USING btree ("station_id","factor_code");--> statement-breakpoint
CREATE INDEX "alarms_park_id_idx" ON "alarms" USING btree ("park_id");--> statement-breakpoint
CREATE UNIQUE INDEX "readings_station_cn_time_idx" ON "readings" USING btree ("station_id","cn","data_time");--> statement-breakpoint
CREATE INDEX "readings_park_id_idx" ON "readings" USING btree ("park_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stations_mn_idx" ON "stations" USING btree ("mn");--> statement-breakpoint
CREATE INDEX "stations_park_id_idx" ON "stations" USING btree ("park_id");