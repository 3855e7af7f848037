// Participant tickets are kept per meeting in localStorage (key cp.ticket.{meetingId}).

const key = (meetingId: string) => `cp.ticket.${meetingId}`;

export function storeTicket(meetingId: string, ticket: string): void {
  try {
    localStorage.setItem(key(meetingId), ticket);
  } catch {
    // Storage may be unavailable (private mode); the page then works only for signed-in organizers.
  }
}

export function readTicket(meetingId: string): string | null {
  try {
    return localStorage.getItem(key(meetingId));
  } catch {
    return null;
  }
}

export function forgetTicket(meetingId: string): void {
  try {
    localStorage.removeItem(key(meetingId));
  } catch {
    // ignore
  }
}
