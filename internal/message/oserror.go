package message

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"syscall"
)

// Messages of the errors of the operating system that people meet most
// (a file that is not there, a permission, a read-only or full disk, a
// port in use): the path or address, what it means in the reader's
// language, and the system's own words in parentheses.
const (
	OSError       Key = "os-error"
	OSNotExist    Key = "os-not-exist"
	OSExist       Key = "os-exist"
	OSPermission  Key = "os-permission"
	OSReadOnly    Key = "os-read-only"
	OSNoSpace     Key = "os-no-space"
	OSNotDir      Key = "os-not-dir"
	OSIsDir       Key = "os-is-dir"
	OSAddrInUse   Key = "os-addr-in-use"
	OSAddrDenied  Key = "os-addr-denied"
	OSAddrInvalid Key = "os-addr-invalid"
)

var osTexts = map[Key]entry{
	OSError:       {"%s: %s (%s)", "%s: %s (%s)"},
	OSNotExist:    {"berkas atau folder itu tidak ada", "no such file or folder"},
	OSExist:       {"sudah ada", "already exists"},
	OSPermission:  {"izin ditolak: pengguna ini tidak boleh membaca atau menulis di situ", "permission denied: this user may not read or write there"},
	OSReadOnly:    {"sistem berkasnya hanya bisa dibaca", "the file system is read-only"},
	OSNoSpace:     {"disk penuh", "the disk is full"},
	OSNotDir:      {"bagian dari jalur ini bukan folder", "a part of the path is not a folder"},
	OSIsDir:       {"itu folder, bukan berkas", "it is a folder, not a file"},
	OSAddrInUse:   {"alamat %s sudah dipakai program lain (pustaka serve yang lain?); pilih alamat lain dengan --addr, mis. --addr localhost:8081 (%s)", "the address %s is already in use by another program (another pustaka serve?); choose another with --addr, e.g. --addr localhost:8081 (%s)"},
	OSAddrDenied:  {"tidak boleh mendengarkan di %s (port di bawah 1024 perlu hak root); pilih port lain dengan --addr, mis. --addr localhost:8080 (%s)", "not allowed to listen at %s (ports below 1024 need root); choose another with --addr, e.g. --addr localhost:8080 (%s)"},
	OSAddrInvalid: {"alamat %s tidak bisa dipakai di komputer ini; pilih yang lain dengan --addr, mis. --addr localhost:8080 (%s)", "the address %s cannot be used on this computer; choose another with --addr, e.g. --addr localhost:8080 (%s)"},
}

// osReasons are the errors of the system osText words, with what they
// mean. The first that err is (errors.Is) gives the reason.
var osReasons = []struct {
	err error
	key Key
}{
	{fs.ErrNotExist, OSNotExist},
	{syscall.EROFS, OSReadOnly},
	{fs.ErrPermission, OSPermission},
	{fs.ErrExist, OSExist},
	{syscall.ENOSPC, OSNoSpace},
	{syscall.EDQUOT, OSNoSpace},
	{syscall.ENOTDIR, OSNotDir},
	{syscall.EISDIR, OSIsDir},
}

// osText words err when it is an error of the system about a path (an
// *fs.PathError, an *os.LinkError) or a network address (a *net.OpError
// of listening) whose meaning is in osReasons, and err adds no words of
// its own to it: the path, the meaning, and the system's own words in
// parentheses. ok is false for any other error.
func osText(err error) (t Text, ok bool) {
	var (
		pe *fs.PathError
		le *os.LinkError
		oe *net.OpError
	)
	switch {
	case errors.As(err, &oe) && oe.Error() == err.Error() && oe.Op == "listen":
		addr := ""
		if oe.Addr != nil {
			addr = oe.Addr.String()
		}
		detail := Raw(oe.Err.Error())
		switch {
		case errors.Is(err, syscall.EADDRINUSE):
			return New(OSAddrInUse, addr, detail), true
		case errors.Is(err, syscall.EACCES):
			return New(OSAddrDenied, addr, detail), true
		case errors.Is(err, syscall.EADDRNOTAVAIL):
			return New(OSAddrInvalid, addr, detail), true
		}
	case errors.As(err, &pe) && pe.Error() == err.Error():
		return osReason(pe.Path, pe.Op, pe.Err)
	case errors.As(err, &le) && le.Error() == err.Error():
		return osReason(le.Old+" → "+le.New, le.Op, le.Err)
	}
	return Text{}, false
}

// osReason words the error err of the system call op about path, if
// osReasons knows what it means; the system's words, "op: err", stay in
// parentheses.
func osReason(path, op string, err error) (Text, bool) {
	for _, r := range osReasons {
		if errors.Is(err, r.err) {
			return New(OSError, path, New(r.key), Raw(op+": "+err.Error())), true
		}
	}
	return Text{}, false
}
