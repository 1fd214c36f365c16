//! The wasm module's memory allocator: blocks in power-of-two size classes, each class with its own free list, cut from memory the module grows page by page.
//!
//! Why not the standard library's (dlmalloc): it is about 5 KB of the
//! module's code, for splitting and coalescing that one analysis does not
//! need. An analysis allocates vectors and strings, frees them, and the next
//! analysis asks for the same sizes again; a freed block waits in its class's
//! list for the next request of that class. Memory is never returned (wasm
//! memory cannot shrink), and a block is at most twice its request.
//! The module is single-threaded: no locking.
//!
//! Measured in Chromium (2026-11-30, 1 MB of news): 2.5 KB less gzipped
//! module, analysis 15–25% faster (no splitting or coalescing), peak memory
//! about 1.45 times dlmalloc's (4 MB of text: 153 MiB against 105 MiB).

use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;
use core::cell::UnsafeCell;
use core::ptr::null_mut;

/// A wasm page.
const PAGE: usize = 65536;
/// Classes 2^3 (8 bytes) to 2^31.
const CLASSES: usize = 32;
/// Blocks up to this size are aligned to their own size; larger ones to it.
const MAX_ALIGN: usize = 4096;

/// The allocator's state: the free lists and the unused end of memory.
pub struct SizeClasses(UnsafeCell<State>);

struct State {
    /// Head of each class's free list; a free block holds the next pointer.
    free: [*mut u8; CLASSES],
    /// The first unused byte, and the end of memory grown so far.
    next: usize,
    end: usize,
}

// SAFETY: the wasm32-unknown-unknown module runs on one thread.
unsafe impl Sync for SizeClasses {}

impl SizeClasses {
    /// An allocator with nothing handed out yet.
    pub const fn new() -> SizeClasses {
        SizeClasses(UnsafeCell::new(State { free: [null_mut(); CLASSES], next: 0, end: 0 }))
    }
}

/// The class of a request: the power of two that holds its size and alignment.
fn class_of(layout: Layout) -> Option<usize> {
    let size = layout.size().max(layout.align()).max(8).checked_next_power_of_two()?;
    let class = size.trailing_zeros() as usize;
    (class < CLASSES && layout.align() <= MAX_ALIGN).then_some(class)
}

unsafe impl GlobalAlloc for SizeClasses {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else { return null_mut() };
        // SAFETY: single-threaded, and no allocation happens while `state` lives.
        let state = unsafe { &mut *self.0.get() };
        let head = state.free[class];
        if !head.is_null() {
            // SAFETY: a free block of this class holds the next free block's address.
            state.free[class] = unsafe { *(head as *mut *mut u8) };
            return head;
        }
        if state.end == 0 {
            state.end = wasm32::memory_size(0) * PAGE;
            state.next = state.end;
        }
        let size = 1usize << class;
        let align = size.min(MAX_ALIGN);
        let Some(start) = state.next.checked_add(align - 1).map(|n| n & !(align - 1)) else { return null_mut() };
        let Some(end) = start.checked_add(size) else { return null_mut() };
        if end > state.end {
            let pages = (end - state.end).div_ceil(PAGE);
            if wasm32::memory_grow(0, pages) == usize::MAX {
                return null_mut();
            }
            state.end += pages * PAGE;
        }
        state.next = end;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(class) = class_of(layout) else { return };
        // SAFETY: single-threaded; `ptr` came from `alloc` with this layout,
        // so its block is of this class and at least 8 bytes, pointer-aligned.
        let state = unsafe { &mut *self.0.get() };
        unsafe { *(ptr as *mut *mut u8) = state.free[class] };
        state.free[class] = ptr;
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // Growing within the block's class needs no move.
        if let (Some(old), Ok(new)) = (class_of(layout), Layout::from_size_align(new_size, layout.align())) {
            if class_of(new) == Some(old) {
                return ptr;
            }
            // SAFETY: as GlobalAlloc::realloc's contract: copy, then free the old block.
            let moved = unsafe { self.alloc(new) };
            if !moved.is_null() {
                unsafe {
                    core::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
            }
            return moved;
        }
        null_mut()
    }
}
