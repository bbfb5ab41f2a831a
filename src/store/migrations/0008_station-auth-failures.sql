CREATE TABLE "station_auth_failures" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"station_id" integer NOT NULL,
	"address" text NOT NULL,
	"failures" integer NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "station_auth_failures" ADD CONSTRAINT "station_auth_failures_station_id_stations_id_fk" FOREIGN KEY ("station_id") REFERENCES "public"."stations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "station_auth_failures_station_idx" ON "station_auth_failures" USING btree ("station_id","address","last_at");--> statement-breakpoint
CREATE INDEX "station_auth_failures_park_id_idx" ON "station_auth_failures" USING btree ("park_id");