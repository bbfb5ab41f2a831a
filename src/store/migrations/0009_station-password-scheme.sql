-- Station passwords were unsalted SHA-256 hex. argon2 cannot be computed from them: mark their scheme, and the
-- receiver verifies them by SHA-256 once, then stores the argon2id hash (services/monitoring/stationPasswords.ts).
UPDATE "stations" SET "password_hash" = '$sha256$' || "password_hash" WHERE "password_hash" NOT LIKE '$%';
