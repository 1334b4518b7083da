-- A version's tracing, logging, KMS key, VPC, file system and SnapStart settings. Versions stored before keep
-- Lambda's defaults. The log levels are set exactly with the JSON format; log_group NULL is the default group
-- /aws/lambda/<function>. vpc_config (NULL: no VPC) and file_system_configs (empty: none) are in the encoding of
-- StringMapEncoding, as FunctionSettingsColumns writes them.
ALTER TABLE function_version ADD COLUMN tracing_mode TEXT NOT NULL DEFAULT 'PassThrough';
ALTER TABLE function_version ADD COLUMN log_format TEXT NOT NULL DEFAULT 'Text';
ALTER TABLE function_version ADD COLUMN application_log_level TEXT;
ALTER TABLE function_version ADD COLUMN system_log_level TEXT;
ALTER TABLE function_version ADD COLUMN log_group TEXT;
ALTER TABLE function_version ADD COLUMN kms_key_arn TEXT;
ALTER TABLE function_version ADD COLUMN vpc_config TEXT;
ALTER TABLE function_version ADD COLUMN file_system_configs TEXT NOT NULL DEFAULT '';
ALTER TABLE function_version ADD COLUMN snap_start_apply_on TEXT NOT NULL DEFAULT 'None';
