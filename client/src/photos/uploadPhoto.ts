import { ApiErrorSchema, type ImageUploadResponse, ImageUploadResponseSchema, PATHS } from "@wijkbord/shared";
import { ApiRequestError, noticeRefusal } from "../app/apiClient.ts";

/**
 * Sends a photo to `POST /api/sessions/:id/images` as a form upload, reporting the share sent so
 * far (0–1) as it goes: XMLHttpRequest, since fetch has no upload progress. Rejects with an
 * ApiRequestError carrying the server's message (Dutch first) or "network".
 */
export function uploadPhoto(
  sessionId: string,
  token: string,
  file: Blob,
  onProgress: (sent: number) => void = () => {},
): Promise<ImageUploadResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${PATHS.sessions}/${sessionId}/images`);
    xhr.setRequestHeader("authorization", `Bearer ${token}`);
    xhr.setRequestHeader("accept", "application/json");
    xhr.responseType = "text";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiRequestError(0, "network"));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the status says enough.
      }
      if (xhr.status !== 201) {
        const err = ApiErrorSchema.safeParse(body);
        noticeRefusal(xhr.status, err.success ? err.data.error.code : undefined);
        reject(
          err.success
            ? new ApiRequestError(xhr.status, err.data.error.message, err.data.error.code)
            : new ApiRequestError(xhr.status, `HTTP ${xhr.status}`),
        );
        return;
      }
      const parsed = ImageUploadResponseSchema.safeParse(body);
      if (!parsed.success) reject(new ApiRequestError(xhr.status, "unexpected response from the server"));
      else resolve(parsed.data);
    };
    const form = new FormData();
    form.set("file", file);
    xhr.send(form);
  });
}
