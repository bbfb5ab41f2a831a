CREATE TABLE "park_approvals" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"document_number" text,
	"approved_on" text,
	"authority" text,
	"ord" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "park_yearly_figures" (
	"park_id" integer NOT NULL,
	"year" integer NOT NULL,
	"industrial_output_yi_yuan" numeric,
	"industrial_added_value_yi_yuan" numeric,
	CONSTRAINT "park_yearly_figures_park_id_year_pk" PRIMARY KEY("park_id","year")
);
--> statement-breakpoint
CREATE TABLE "parks" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"division_code" text NOT NULL,
	"location" text,
	"leading_industries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"approved_area_km2" numeric,
	"extended_area_km2" numeric,
	"extension_document" text,
	"history" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eia_approvals" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"enterprise_id" integer NOT NULL,
	"ord" integer NOT NULL,
	"type" text,
	"document_number" text,
	"approved_on" date,
	"authority" text,
	"acceptance" text NOT NULL,
	"accepted_on" date
);
--> statement-breakpoint
CREATE TABLE "emergency_plan_filings" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"enterprise_id" integer NOT NULL,
	"ord" integer NOT NULL,
	"filing_number" text,
	"risk_level" text,
	"filed_on" date
);
--> statement-breakpoint
CREATE TABLE "enterprises" (
	"id" serial PRIMARY KEY NOT NULL,
	"park_id" integer NOT NULL,
	"seq" integer NOT NULL,
	"name" text NOT NULL,
	"credit_code" text,
	"industry_code" text,
	"status" text NOT NULL,
	"risk_source" boolean,
	"address" text,
	"contact_name" text,
	"contact_phone" text,
	"note" text,
	"entered_on" date,
	"cleared_on" date,
	"permit_held" boolean DEFAULT false NOT NULL,
	"permit_class" text,
	"permit_number" text,
	"permit_valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_log" (
	"id" bigint PRIMARY KEY NOT NULL,
	"park_id" integer,
	"entity" text NOT NULL,
	"entity_id" integer NOT NULL,
	"action" text NOT NULL,
	"actor" text NOT NULL,
	"actor_user_id" integer,
	"at" timestamp with time zone NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_parks" (
	"user_id" integer NOT NULL,
	"park_id" integer NOT NULL,
	CONSTRAINT "user_parks_user_id_park_id_pk" PRIMARY KEY("user_id","park_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"region_code" text,
	"enterprise_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "park_approvals" ADD CONSTRAINT "park_approvals_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "park_yearly_figures" ADD CONSTRAINT "park_yearly_figures_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eia_approvals" ADD CONSTRAINT "eia_approvals_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eia_approvals" ADD CONSTRAINT "eia_approvals_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_plan_filings" ADD CONSTRAINT "emergency_plan_filings_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_plan_filings" ADD CONSTRAINT "emergency_plan_filings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_parks" ADD CONSTRAINT "user_parks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_parks" ADD CONSTRAINT "user_parks_park_id_parks_id_fk" FOREIGN KEY ("park_id") REFERENCES "public"."parks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "park_approvals_park_id_idx" ON "park_approvals" USING btree ("park_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parks_code_idx" ON "parks" USING btree ("code");--> statement-breakpoint
CREATE INDEX "eia_approvals_enterprise_id_idx" ON "eia_approvals" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "eia_approvals_park_id_idx" ON "eia_approvals" USING btree ("park_id");--> statement-breakpoint
CREATE INDEX "emergency_plan_filings_enterprise_id_idx" ON "emergency_plan_filings" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "emergency_plan_filings_park_id_idx" ON "emergency_plan_filings" USING btree ("park_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enterprises_park_id_name_idx" ON "enterprises" USING btree ("park_id","name");--> statement-breakpoint
CREATE INDEX "enterprises_park_id_seq_idx" ON "enterprises" USING btree ("park_id","seq");--> statement-breakpoint
CREATE INDEX "change_log_park_id_entity_idx" ON "change_log" USING btree ("park_id","entity","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_idx" ON "users" USING btree ("username");