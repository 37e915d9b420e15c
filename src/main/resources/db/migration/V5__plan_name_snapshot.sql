-- The plan's name when the attempt was made, beside its price (V3): plans can now be edited, and an
-- edit must not change what an invoice already made says it was for.
alter table invoice_attempt add column plan_name varchar(100);
update invoice_attempt set plan_name = (select p.name from plan p where p.id = invoice_attempt.plan_id);
alter table invoice_attempt alter column plan_name set not null;
