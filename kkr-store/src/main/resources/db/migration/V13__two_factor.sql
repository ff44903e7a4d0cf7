-- Two-factor login (TOTP, RFC 6238): an account may have a shared secret (Base32, as authenticator apps take it);
-- its login then asks for the current six-digit code as well as the password. The time step of the last code
-- accepted is kept, so that a code seen by someone else cannot be used again.

ALTER TABLE account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE account ADD COLUMN totp_last_step BIGINT;
