"use client";

import { useEffect, useState } from "react";

/** Seconds left, ticking down once per second; restart() sets a new value (e.g. after a resend). */
export function useCountdown(initialSeconds: number): [number, (seconds: number) => void] {
  const [deadline, setDeadline] = useState(() => Date.now() + initialSeconds * 1000);
  const [left, setLeft] = useState(initialSeconds);
  useEffect(() => {
    const tick = () => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return [left, (seconds: number) => setDeadline(Date.now() + seconds * 1000)];
}
