CREATE TABLE "report_texts" (
	"park_id" integer NOT NULL,
	"report" text NOT NULL,
	"year" integer NOT NULL,
	"block_key" text NOT NULL,
	"text" text NOT NULL,
	"updated_by" integer,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_texts_park_id_report_year_block_key_pk" PRIMARY KEY("park_id","report","year","block_key")
);
--> statement-breakpoint
ALTER TABLE "report_texts" ADD CONSTRAINT "report_texts_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_texts" ADD CONSTRAINT "report_texts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;