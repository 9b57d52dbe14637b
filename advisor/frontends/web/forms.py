"""Form bodies parsed in memory (no temporary files: nothing but downloads may touch the disk).

Starlette's own form parser spools uploads over 1 MB to a temporary file, so the two
encodings browsers send are parsed here: urlencoded with Starlette's ``QueryParams`` (the
query-string parser) and multipart with the standard library's e-mail parser. The body is
already bounded by the size limit.
"""
from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

from starlette.datastructures import QueryParams


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


class FormError(ValueError):
    pass


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def parse_form(content_type: str, body: bytes) -> tuple[dict[str, list[str]], dict[str, Upload]]:
    """Fields (name -> values) and uploads (name -> the first file) of a form post."""
    media = media_type(content_type)
    if media == "application/x-www-form-urlencoded":
        try:
            text = body.decode("ascii")
        except UnicodeDecodeError as err:
            raise FormError("form body is not urlencoded") from err
        params = QueryParams(text)
        return {key: params.getlist(key) for key in params.keys()}, {}
    if media == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1", "replace")
        message = BytesParser(policy=HTTP).parsebytes(head + body)
        if not message.is_multipart():
            raise FormError("form body is not multipart")
        fields: dict[str, list[str]] = {}
        uploads: dict[str, Upload] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            data = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                uploads.setdefault(name, Upload(filename, data))
            else:
                fields.setdefault(name, []).append(data.decode("utf-8", errors="replace"))
        return fields, uploads
    raise FormError(f"send a form (urlencoded or multipart), not {media or 'no content type'}")


def first(fields: dict[str, list[str]], name: str, default: str = "") -> str:
    values = fields.get(name)
    return values[0] if values else default
