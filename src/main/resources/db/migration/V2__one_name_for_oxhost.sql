-- One spelling for the upstream in every identifier: 0xhost is "oxhost", never "upstream".
alter table invoice_attempt rename column upstream_message to oxhost_message;
alter table invoice_attempt rename column upstream_created_at to oxhost_created_at;
