/**
 * Sends a report to the collection (`POST /api/reports`) and says what happened in one
 * line: stored (with its id), stored before, or the server's refusal.
 */
export interface PostOutcome {
  ok: boolean;
  id: string | null;
  message: string;
}

/**
 * @example await postReport({ text }, token) // { ok: true, id: '12', message: 'Saved to the atlas as report 12.' }
 */
export async function postReport(body: Record<string, string>, token: string): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
  } catch (error) {
    return { ok: false, id: null, message: `Could not reach the server: ${(error as Error).message}` };
  }
  let answer: { id?: string; error?: string } = {};
  try {
    answer = (await response.json()) as typeof answer;
  } catch {
    // an answer without JSON: the status says enough
  }
  if (response.status === 201 && answer.id) return { ok: true, id: answer.id, message: `Saved to the atlas as report ${answer.id}.` };
  if (response.status === 200 && answer.id) return { ok: true, id: answer.id, message: `This report was in the atlas already (report ${answer.id}).` };
  return { ok: false, id: null, message: `Not saved: ${answer.error ?? `the server answered ${response.status}`}.` };
}
