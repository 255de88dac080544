-- files the receiving organization attaches to its answer to a 政府信息公开申请 (the released
-- information); the bytes are in the content-addressed attachment store, seen only by the
-- organization's staff and by whoever holds the request's tracking code and secret
create sequence info_request_file_seq start with 1 increment by 50;
create table info_request_file (
    id           bigint primary key,
    request_id   bigint       not null references info_request(id),
    title        varchar(300) not null,
    file_name    varchar(300) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamp    not null
);
create index ix_info_request_file on info_request_file (request_id);
